using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>The Binance client's partial fills, fill reads, filter rejections and leverage against the fake venue.</summary>
public sealed class BinanceClientOrderTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    /// <summary>market, type, price, quantity, kind, venue code: what only the venue can know (balances, the book).
    /// Fake defaults: last 60 000, spot tick 0.01 / step 0.00001 / notional 5 / 10 000 USDT; futures tick 0.1 / step
    /// 0.001 / notional 100 / 10 000 USDT at 10x.</summary>
    public static TheoryData<MarketType, OrderType, string, string, ErrorKind, string> Rejections => new()
    {
        { MarketType.Spot, OrderType.Limit, "59000", "1", ErrorKind.InsufficientBalance, "-2010" },
        { MarketType.Spot, OrderType.LimitMaker, "60001", "0.002", ErrorKind.FilterFailure, "-2010" },       // would take
        { MarketType.Perp, OrderType.Limit, "59000", "20", ErrorKind.InsufficientBalance, "-2019" },
        { MarketType.Perp, OrderType.LimitMaker, "60001", "0.002", ErrorKind.FilterFailure, "-5022" },
    };

    /// <summary>market, type, price, quantity, the filter named: orders that break the published exchangeInfo rules.</summary>
    public static TheoryData<MarketType, OrderType, string?, string, string> RuleBreaks => new()
    {
        { MarketType.Spot, OrderType.Limit, "59000.005", "0.002", "PRICE_FILTER" },        // off the tick
        { MarketType.Spot, OrderType.Limit, "59000.123456789", "0.002", "PRICE_FILTER" },
        { MarketType.Spot, OrderType.Limit, "59000", "0.00001", "MIN_NOTIONAL" },
        { MarketType.Spot, OrderType.Limit, "59000", "0.000011111", "LOT_SIZE" },          // off the step
        { MarketType.Spot, OrderType.Market, null, "0.000011111", "MARKET_LOT_SIZE" },
        { MarketType.Perp, OrderType.Limit, "59000.05", "0.002", "PRICE_FILTER" },
        { MarketType.Perp, OrderType.Limit, "59000", "0.0025", "LOT_SIZE" },
        { MarketType.Perp, OrderType.Limit, "59000", "0.001", "MIN_NOTIONAL" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task PlaceOrder_VenueRejects_MapsToTheRightErrorKind(MarketType market, OrderType type, string price, string quantity, ErrorKind kind, string code)
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = BinanceClient(venue, market, _http);
        var request = new OrderRequest(Btc, "r-1-b1", OrderSide.Buy, type, Dec(quantity), Dec(price));

        var result = await client.PlaceOrderAsync(request, default);

        result.Error!.Kind.Should().Be(kind, result.Error.Message);
        result.Error.Code.Should().Be(code);
        venue.RequestsTo("POST", OrderPath(Venue.Binance, market)).Should().ContainSingle("the venue itself refused it");
        MarketOf(venue, market).Orders.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleBreaks))]
    public async Task PlaceOrder_BreaksTheSymbolRules_RefusedWithoutSending(MarketType market, OrderType type, string? price, string quantity, string filter)
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = BinanceClient(venue, market, _http);
        var request = new OrderRequest(Btc, "r-2-b1", OrderSide.Buy, type, Dec(quantity), price is null ? null : Dec(price));

        var result = await client.PlaceOrderAsync(request, default);

        result.Error!.Kind.Should().Be(ErrorKind.FilterFailure, result.Error.Message);
        result.Error.Code.Should().Be(PreTradeRules.RefusedCode);
        result.Error.Message.Should().Contain(filter);
        venue.RequestsTo("POST", OrderPath(Venue.Binance, market)).Should().BeEmpty("an order the rules refuse costs no weight and no order count");
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_IllegalClientId_RefusedAsMinus1100WithoutSending(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = BinanceClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(new OrderRequest(Btc, "grid 1/b1", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m), default);

        result.Error!.Kind.Should().Be(ErrorKind.FilterFailure);
        result.Error.Code.Should().Be("-1100");
        venue.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(MarketType.Spot, "0.000001", "BTC")]
    [InlineData(MarketType.Perp, "0.0118", "USDT")]
    public async Task PartialFill_StatusFilledQuantityAndFillsCountedOnceAcrossReads(MarketType market, string firstFee, string feeAsset)
    {
        await using var venue = await FakeBinance.StartAsync();
        var clock = venue.ManualClock!;
        venue.Faults.Add("POST", OrderPath(Venue.Binance, market), Fault.PartialFill(0.001m));
        var client = BinanceClient(venue, market, _http);

        var placed = await client.PlaceOrderAsync(new OrderRequest(Btc, "p-1-b1", OrderSide.Buy, OrderType.Limit, 0.003m, 59_000m), default);
        var queried = await client.GetOrderAsync(Btc, "p-1-b1", default);
        clock.Advance(TimeSpan.FromSeconds(1));
        var first = await client.GetFillsSinceAsync(Btc, 0, default);
        clock.Advance(TimeSpan.FromSeconds(1));
        MarketOf(venue, market).Trade(59_000m, 0.001m);
        var second = await client.GetFillsSinceAsync(Btc, first.Value.Max(f => f.TimeMs), default);

        placed.Value.Status.Should().Be(OrderStatus.PartiallyFilled);
        placed.Value.FilledQuantity.Should().Be(0.001m);
        queried.Value.Status.Should().Be(OrderStatus.PartiallyFilled);
        queried.Value.FilledQuantity.Should().Be(0.001m);
        var fill = first.Value.Should().ContainSingle().Subject;
        fill.Should().BeEquivalentTo(new { ClientOrderId = "p-1-b1", Price = 59_000m, Quantity = 0.001m, Fee = new CashAmount(Dec(firstFee), feeAsset), IsMaker = true });
        AssertCountedOnce(first.Value, second.Value, MarketOf(venue, market));
    }

    [Fact]
    public async Task SetLeverage_SameValueTwice_SucceedsBothTimes()
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = (BinanceExchange)BinanceClient(venue, MarketType.Perp, _http);

        var first = await client.SetLeverageAsync(Btc, 5, default);
        var again = await client.SetLeverageAsync(Btc, 5, default);

        first.Value.Should().Be(5);
        again.Value.Should().Be(5);
        venue.Futures.Leverage.Should().Be(5);
    }

    /// <summary>
    /// Reads are "at or after" a time, so the fill at the cursor comes back in the next read: each read lists a trade
    /// once, a repeated trade is the identical record (same id, quantity, fee), and the distinct trades are exactly the
    /// venue's — so a ledger keyed by trade id counts every fill once.
    /// </summary>
    internal static void AssertCountedOnce(IReadOnlyList<ExchangeFill> first, IReadOnlyList<ExchangeFill> second, FakeMarket venue)
    {
        first.Select(f => f.TradeId).Should().OnlyHaveUniqueItems();
        second.Select(f => f.TradeId).Should().OnlyHaveUniqueItems();
        foreach (var repeated in second.Where(s => first.Any(f => f.TradeId == s.TradeId)))
        {
            repeated.Should().Be(first.Single(f => f.TradeId == repeated.TradeId));
        }

        var distinct = first.Concat(second).DistinctBy(f => f.TradeId).ToList();
        distinct.Select(f => f.TradeId).Should().BeEquivalentTo(venue.Fills.Select(f => f.TradeId.ToString(CultureInfo.InvariantCulture)));
        distinct.Sum(f => f.Quantity).Should().Be(venue.Fills.Sum(f => f.Quantity));
        distinct.Should().OnlyContain(f => f.Fee.Amount > 0m && f.Fee.Asset.Length > 0);
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
