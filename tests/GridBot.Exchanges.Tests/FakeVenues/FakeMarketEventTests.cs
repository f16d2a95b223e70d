using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>FakeMarket.OrderChanged: one event per change, in order, raised outside the market's lock.</summary>
public sealed class FakeMarketEventTests : IAsyncLifetime
{
    private FakeBinance _binance = null!;
    private FakeBybit _bybit = null!;

    public async Task InitializeAsync()
    {
        _binance = await FakeBinance.StartAsync();
        _bybit = await FakeBybit.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _binance.DisposeAsync();
        await _bybit.DisposeAsync();
    }

    [Fact]
    public void RestingOrder_PartlyFilledThenCanceled_NewTradeCanceledWithFrozenSnapshots()
    {
        var market = _binance.Spot;
        var events = Record(market);

        var (order, _) = market.Place(Buy("b1", 59_000m, 0.004m));
        var fills = market.Trade(59_000m, 0.001m);
        market.Cancel(order!, "cxl-1");

        events.Select(e => (e.Sequence, e.Execution, e.Order.Status, e.Order.FilledQuantity)).Should().Equal(
            (1L, FakeExecutionType.New, FakeOrderStatus.New, 0m),
            (2L, FakeExecutionType.Trade, FakeOrderStatus.PartiallyFilled, 0.001m),
            (3L, FakeExecutionType.Canceled, FakeOrderStatus.Canceled, 0.001m));
        events[1].Fill.Should().Be(fills.Single());
        events.Select(e => e.Fill is not null).Should().Equal(false, true, false);
        events[2].CancelRequestId.Should().Be("cxl-1");
        events.Should().OnlyContain(e => e.Market == market && e.Order.ClientOrderId == "b1");
    }

    [Fact]
    public void MarketableOrder_NewThenTradeAsTaker()
    {
        var events = Record(_binance.Spot);

        _binance.Spot.Place(Buy("b2", 60_100m, 0.001m));

        events.Select(e => (e.Execution, e.Order.Status, e.Fill?.IsMaker)).Should().Equal(
            (FakeExecutionType.New, FakeOrderStatus.New, null), (FakeExecutionType.Trade, FakeOrderStatus.Filled, false));
    }

    [Fact]
    public void IocThatDoesNotCross_NewThenExpired()
    {
        var events = Record(_binance.Spot);

        _binance.Spot.Place(Buy("b3", 59_000m, 0.001m) with { TimeInForce = FakeTimeInForce.Ioc });

        events.Select(e => (e.Execution, e.Order.Status)).Should().Equal(
            (FakeExecutionType.New, FakeOrderStatus.New), (FakeExecutionType.Expired, FakeOrderStatus.Expired));
    }

    [Fact]
    public void BybitPostOnlyThatWouldCross_OnlyCanceled()
    {
        var events = Record(_bybit.Linear);

        _bybit.Linear.Place(Buy("b4", 60_100m, 0.01m) with { TimeInForce = FakeTimeInForce.PostOnly });

        events.Select(e => (e.Execution, e.Order.CancelReason)).Should().Equal((FakeExecutionType.Canceled, "EC_PostOnlyWillTakeLiquidity"));
    }

    [Fact]
    public async Task HandlerThatTradesOnTheMarket_DoesNotDeadlockAndItsEventsFollow()
    {
        var market = _binance.Spot;
        var seen = new List<FakeOrderEvent>();
        market.OrderChanged += e =>
        {
            seen.Add(e);
            if (e.Execution == FakeExecutionType.New)
            {
                market.Trade(e.Order.Price);
            }
        };

        var placing = Task.Run(() => market.Place(Buy("b5", 59_000m, 0.001m)));

        await placing.WaitAsync(TimeSpan.FromSeconds(10));
        seen.Select(e => e.Execution).Should().Equal(FakeExecutionType.New, FakeExecutionType.Trade);
        seen.Select(e => e.Sequence).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task ConcurrentPlacements_EveryChangeRaisedOnceInSequenceOrder()
    {
        var market = _binance.Spot;
        var seen = new System.Collections.Concurrent.ConcurrentQueue<long>();
        market.OrderChanged += e => seen.Enqueue(e.Sequence);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            for (var j = 0; j < 20; j++)
            {
                market.Place(Buy($"c{i}-{j}", 50_000m + j, 0.0001m));
            }
        })));
        market.Trade(50_000m);

        seen.Should().Equal(Enumerable.Range(1, 320).Select(i => (long)i), "160 accepted orders then 160 fills, each raised once, in order");
    }

    private static FakeOrderRequest Buy(string id, decimal price, decimal qty) =>
        new(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, qty, price, id);

    private static List<FakeOrderEvent> Record(FakeMarket market)
    {
        var events = new List<FakeOrderEvent>();
        market.OrderChanged += e =>
        {
            lock (events)
            {
                events.Add(e);
            }
        };
        return events;
    }
}
