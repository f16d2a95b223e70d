using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>
/// The checks every testnet account and market runs, against BTCUSDT. Each venue/market class calls them from its own
/// <see cref="TestnetFactAttribute"/> methods (the attribute names the keys it needs). An order placed here is a
/// post-only buy far below the market, of the smallest size the rules allow, and is cancelled in a finally.
/// </summary>
public abstract class TestnetChecks
{
    protected static readonly Symbol Btc = new("BTC", "USDT");

    private static readonly TimeSpan StatusPatience = TimeSpan.FromSeconds(10);

    private protected abstract TestnetAccount Account { get; }

    private protected abstract MarketType Market { get; }

    private protected TestnetSession Open() => new(Account, Market);

    protected async Task ClockSyncsAndSignedCallsAreAccepted()
    {
        using var session = Open();

        var offset = await session.Pipeline.SyncTimeAsync(default);
        var balances = await session.Exchange.GetBalancesAsync(default);

        offset.IsSuccess.Should().BeTrue(offset.Error?.ToString());
        Math.Abs(offset.Value).Should().BeLessThan(60_000, "a local clock more than a minute off the venue's needs fixing first");
        balances.IsSuccess.Should().BeTrue(balances.Error?.ToString());
    }

    protected async Task RulesLoad()
    {
        using var session = Open();

        var rules = await session.Exchange.GetRulesAsync(Btc, default);

        rules.IsSuccess.Should().BeTrue(rules.Error?.ToString());
        rules.Value.Symbol.Should().Be(Btc);
        rules.Value.TickSize.Should().BePositive();
        rules.Value.StepSize.Should().BePositive();
        rules.Value.MinQuantity.Should().BePositive();
    }

    protected async Task BalancesRead()
    {
        using var session = Open();

        var balances = await session.Exchange.GetBalancesAsync(default);

        balances.IsSuccess.Should().BeTrue(balances.Error?.ToString());
        balances.Value.Should().OnlyContain(b => b.Asset.Length > 0 && b.Free >= 0m && b.Locked >= 0m);
    }

    protected async Task PostOnlyBuyFarBelowIsPlacedFoundListedAndCancelled()
    {
        using var session = Open();
        var exchange = session.Exchange;
        await session.Pipeline.SyncTimeAsync(default);
        var rules = await exchange.GetRulesAsync(Btc, default);
        var ticker = await exchange.GetTickerAsync(Btc, default);
        rules.IsSuccess.Should().BeTrue(rules.Error?.ToString());
        ticker.IsSuccess.Should().BeTrue(ticker.Error?.ToString());
        var price = FarBelow(rules.Value, ticker.Value);
        var request = new OrderRequest(Btc, ClientId(), OrderSide.Buy, OrderType.LimitMaker, SmallestSize(rules.Value, price), price);
        try
        {
            var placed = await exchange.PlaceOrderAsync(request, default);
            placed.IsSuccess.Should().BeTrue($"{placed.Error} placing {request.Quantity} @ {request.Price}");
            placed.Value.Status.Should().Be(OrderStatus.New);

            var found = await exchange.GetOrderAsync(Btc, request.ClientOrderId, default);
            found.IsSuccess.Should().BeTrue(found.Error?.ToString());
            found.Value.Should().BeEquivalentTo(new { request.ClientOrderId, request.Side, request.Price, request.Quantity, Status = OrderStatus.New });
            var open = await exchange.GetOpenOrdersAsync(Btc, default);
            open.IsSuccess.Should().BeTrue(open.Error?.ToString());
            open.Value.Should().Contain(o => o.ClientOrderId == request.ClientOrderId);

            var cancelled = await exchange.CancelOrderAsync(Btc, request.ClientOrderId, default);
            cancelled.IsSuccess.Should().BeTrue(cancelled.Error?.ToString());
            (await StatusOnceSettledAsync(exchange, request.ClientOrderId)).Should().Be(OrderStatus.Canceled);
        }
        finally
        {
            // Whatever failed above, leave nothing resting on the testnet book (an already cancelled order just answers UnknownOrder).
            await exchange.CancelOrderAsync(Btc, request.ClientOrderId, CancellationToken.None);
        }
    }

    protected async Task FillsSinceReadWithoutError()
    {
        using var session = Open();
        var since = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();

        var fills = await session.Exchange.GetFillsSinceAsync(Btc, since, default);

        fills.IsSuccess.Should().BeTrue(fills.Error?.ToString());
        fills.Value.Should().OnlyContain(f => f.TimeMs >= since && f.TradeId.Length > 0 && f.Fee.Asset.Length > 0);
        fills.Value.Select(f => f.TradeId).Should().OnlyHaveUniqueItems();
    }

    protected async Task PositionReads()
    {
        using var session = Open();

        var position = await session.Exchange.GetPositionAsync(Btc, default);

        position.IsSuccess.Should().BeTrue(position.Error?.ToString());
        position.Value?.Symbol.Should().Be(Btc);
    }

    /// <summary>
    /// 50 % under the bid, but inside a percent-price band when the rules carry one (Binance futures allows only a few
    /// percent), rounded up to the tick: far enough that a post-only buy rests and never fills.
    /// </summary>
    private static decimal FarBelow(SymbolRules rules, Ticker ticker)
    {
        var target = ticker.Bid * 0.5m;
        if (rules.PercentPrice is { } band)
        {
            target = Math.Max(target, ticker.Last * band.BidMultiplierDown * 1.02m);
        }

        return Increments.RoundToTick(Math.Min(target, ticker.Bid * 0.99m), rules.TickSize, RoundingDirection.Up);
    }

    /// <summary>The minimum notional with 10 % to spare for price moves, raised to the minimum quantity, on the step.</summary>
    private static decimal SmallestSize(SymbolRules rules, decimal price) =>
        Increments.CeilToStep(Math.Max(rules.MinQuantity, rules.MinNotional * 1.1m / price), rules.StepSize);

    /// <summary>Unique per run (testnets keep ids); 1..36 of [A-Za-z0-9_-].</summary>
    private static string ClientId() =>
        "gbtn-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + "-b";

    /// <summary>Venues may list a cancelled order as open for a moment: ask again briefly until it says otherwise.</summary>
    private static async Task<OrderStatus?> StatusOnceSettledAsync(IExchange exchange, string clientOrderId)
    {
        var deadline = DateTimeOffset.UtcNow + StatusPatience;
        while (true)
        {
            var order = await exchange.GetOrderAsync(Btc, clientOrderId, default);
            if ((order.IsSuccess && order.Value.Status != OrderStatus.New) || DateTimeOffset.UtcNow > deadline)
            {
                return order.IsSuccess ? order.Value.Status : null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
