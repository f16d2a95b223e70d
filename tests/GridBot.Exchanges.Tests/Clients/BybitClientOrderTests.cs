using System.Globalization;
using System.Net;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>The Bybit client's partial fills, paged fill reads, rejections and leverage against the fake venue.</summary>
public sealed class BybitClientOrderTests : IDisposable
{
    private const string CreatePath = "/v5/order/create";
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    /// <summary>market, price, quantity, kind, retCode: what only the venue can know. Fake defaults: last 60 000, tick
    /// 0.1, spot step 0.000001, linear step 0.001, min notional 5, 10 000 USDT (linear at 10x).</summary>
    public static TheoryData<MarketType, string, string, ErrorKind, string> Rejections => new()
    {
        { MarketType.Spot, "59000", "1", ErrorKind.InsufficientBalance, "110007" },
        { MarketType.Perp, "59000", "20", ErrorKind.InsufficientBalance, "110007" },
    };

    /// <summary>market, price, quantity, the rule named: orders that break the published instruments-info rules.</summary>
    public static TheoryData<MarketType, string?, string, string> RuleBreaks => new()
    {
        { MarketType.Spot, "59000.05", "0.002", "PRICE_FILTER" },     // off the tick
        { MarketType.Spot, "59000", "0.0000015", "LOT_SIZE" },        // off the step
        { MarketType.Spot, "59000", "0.00005", "MIN_NOTIONAL" },
        { MarketType.Perp, "59000.05", "0.002", "PRICE_FILTER" },
        { MarketType.Perp, "59000", "0.0025", "LOT_SIZE" },
        { MarketType.Perp, null, "0.0025", "MARKET_LOT_SIZE" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task PlaceOrder_VenueRejects_MapsToTheRightErrorKind(MarketType market, string price, string quantity, ErrorKind kind, string code)
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = BybitClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(new OrderRequest(Btc, "r-1-b1", OrderSide.Buy, OrderType.Limit, Dec(quantity), Dec(price)), default);

        result.Error!.Kind.Should().Be(kind, result.Error.Message);
        result.Error.Code.Should().Be(code);
        venue.RequestsTo("POST", CreatePath).Should().ContainSingle("the venue itself refused it");
        MarketOf(venue, market).Orders.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleBreaks))]
    public async Task PlaceOrder_BreaksTheSymbolRules_RefusedWithoutSending(MarketType market, string? price, string quantity, string rule)
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = BybitClient(venue, market, _http);
        var type = price is null ? OrderType.Market : OrderType.Limit;

        var result = await client.PlaceOrderAsync(new OrderRequest(Btc, "r-2-b1", OrderSide.Buy, type, Dec(quantity), price is null ? null : Dec(price)), default);

        result.Error!.Kind.Should().Be(ErrorKind.FilterFailure, result.Error.Message);
        result.Error.Code.Should().Be(PreTradeRules.RefusedCode);
        result.Error.Message.Should().Contain(rule);
        venue.RequestsTo("POST", CreatePath).Should().BeEmpty("an order the rules refuse is never sent");
    }

    /// <summary>Spot-only 170xxx answers (the fake speaks 10001 for all parameter errors), returned in front of it.</summary>
    [Theory]
    [InlineData(170136, "Order quantity exceeded upper limit.", ErrorKind.FilterFailure)]
    [InlineData(170140, "Order value exceeded lower limit.", ErrorKind.FilterFailure)]
    [InlineData(170137, "Order quantity has too many decimals.", ErrorKind.FilterFailure)]
    [InlineData(170131, "Balance insufficient", ErrorKind.InsufficientBalance)]
    [InlineData(170141, "Duplicate clientOrderId", ErrorKind.DuplicateClientOrderId)]
    public async Task PlaceOrder_SpotRetCode170xxx_MapsToTheRightErrorKind(int retCode, string message, ErrorKind kind)
    {
        await using var venue = await FakeBybit.StartAsync();
        var body = "{\"retCode\":" + retCode + ",\"retMsg\":\"" + message + "\",\"result\":{},\"retExtInfo\":{},\"time\":" + venue.NowMs + "}";
        using var reply = new OneShotReply(r => r.RequestUri!.AbsolutePath == CreatePath, HttpStatusCode.OK, body, afterVenue: false);
        using var http = new HttpClient(reply);
        var client = BybitClient(venue, MarketType.Spot, http);

        var result = await client.PlaceOrderAsync(new OrderRequest(Btc, "r-2-b1", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m), default);

        reply.Fired.Should().BeTrue();
        result.Error!.Kind.Should().Be(kind);
        result.Error.Code.Should().Be(retCode.ToString(CultureInfo.InvariantCulture));
        result.Error.Message.Should().Be(message);
    }

    [Theory]
    [InlineData(MarketType.Spot, "0.000001", "BTC")]
    [InlineData(MarketType.Perp, "0.0118", "USDT")]
    public async Task PartialFill_StatusFilledQuantityAndFillsCountedOnceAcrossReads(MarketType market, string firstFee, string feeAsset)
    {
        await using var venue = await FakeBybit.StartAsync();
        var clock = venue.ManualClock!;
        venue.Faults.Add("POST", CreatePath, Fault.PartialFill(0.001m));
        var client = BybitClient(venue, market, _http);

        var placed = await client.PlaceOrderAsync(new OrderRequest(Btc, "p-1-b1", OrderSide.Buy, OrderType.Limit, 0.003m, 59_000m), default);
        var queried = await client.GetOrderAsync(Btc, "p-1-b1", default);
        var placedAtMs = clock.NowMs;
        clock.Advance(TimeSpan.FromSeconds(1));
        var first = await client.GetFillsSinceAsync(Btc, placedAtMs, default);
        clock.Advance(TimeSpan.FromSeconds(1));
        MarketOf(venue, market).Trade(59_000m, 0.001m);
        var second = await client.GetFillsSinceAsync(Btc, first.Value.Max(f => f.TimeMs), default);

        placed.Value.Status.Should().Be(OrderStatus.PartiallyFilled);
        placed.Value.FilledQuantity.Should().Be(0.001m);
        queried.Value.Status.Should().Be(OrderStatus.PartiallyFilled);
        queried.Value.FilledQuantity.Should().Be(0.001m);
        first.Value.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { ClientOrderId = "p-1-b1", Price = 59_000m, Quantity = 0.001m, Fee = new CashAmount(Dec(firstFee), feeAsset), IsMaker = true });
        BinanceClientOrderTests.AssertCountedOnce(first.Value, second.Value, MarketOf(venue, market));
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task GetFillsSince_MoreThanOnePage_EveryFillOnceOldestFirst(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = BybitClient(venue, market, _http);
        var sinceMs = venue.NowMs;
        (await client.PlaceOrderAsync(new OrderRequest(Btc, "f-1-b1", OrderSide.Buy, OrderType.Limit, 0.15m, 59_000m), default)).IsSuccess.Should().BeTrue();
        for (var i = 0; i < 130; i++)
        {
            venue.ManualClock!.Advance(TimeSpan.FromMilliseconds(10));
            MarketOf(venue, market).Trade(59_000m, 0.001m);
        }

        var fills = await client.GetFillsSinceAsync(Btc, sinceMs, default);

        fills.IsSuccess.Should().BeTrue(fills.Error?.ToString());
        fills.Value.Should().HaveCount(130, "execution/list pages at 100: the client follows nextPageCursor");
        fills.Value.Select(f => f.TradeId).Should().OnlyHaveUniqueItems();
        fills.Value.Select(f => f.TimeMs).Should().BeInAscendingOrder();
        venue.RequestsTo("GET", "/v5/execution/list").Should().HaveCount(2);
    }

    [Fact]
    public async Task SetLeverage_Unchanged110043_IsSuccess()
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = (BybitExchange)BybitClient(venue, MarketType.Perp, _http);
        var current = venue.Linear.Leverage;

        var same = await client.SetLeverageAsync(Btc, current, default);
        var changed = await client.SetLeverageAsync(Btc, 5, default);
        var again = await client.SetLeverageAsync(Btc, 5, default);

        same.IsSuccess.Should().BeTrue(same.Error?.ToString());
        changed.IsSuccess.Should().BeTrue(changed.Error?.ToString());
        again.IsSuccess.Should().BeTrue(again.Error?.ToString());
        venue.Linear.Leverage.Should().Be(5);
        venue.RequestsTo("POST", "/v5/position/set-leverage").Select(r => r.VenueCode).Should().Equal(110043, 0, 110043);
    }

    [Fact]
    public async Task SetLeverage_Invalid_StillAnError()
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = (BybitExchange)BybitClient(venue, MarketType.Perp, _http);

        var result = await client.SetLeverageAsync(Btc, 500, default);

        result.Error!.Kind.Should().Be(ErrorKind.FilterFailure);
        result.Error.Code.Should().Be("10001");
    }

    private static decimal Dec(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
