using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

/// <summary>Perp at leverage 2: margin is notional / 2; fees 0.1% maker, 0.2% taker; 10,000 USDT wallet.</summary>
public class PaperExchangePerpTests
{
    private static PaperExchange Perp(decimal price, decimal slippageBps = 0m) =>
        At(new PaperExchange(Options() with { Market = MarketType.Perp, Leverage = 2, SlippageBps = slippageBps }, new PaperClock()), price);

    [Fact]
    public void LongRoundTrip_RealizesThePriceGainMinusFeesIntoTheWallet()
    {
        var exchange = Perp(105m);
        exchange.PlaceOk(Limit("open", OrderSide.Buy, 1m, 100m));
        exchange.MoveTo(100m, 1_000);

        exchange.Position().Should().Be(new PerpPosition(Btc, 1m, 100m, 100m, null, 2, 0m));
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 9_949.9m, 50m)); // wallet 10,000 − 0.1 fee; margin 100 / 2
        exchange.MoveTo(105m, 2_000);
        exchange.Position()!.UnrealizedPnl.Should().Be(5m);
        exchange.Equity(105m).Should().Be(10_004.9m);

        exchange.PlaceOk(Limit("close", OrderSide.Sell, 1m, 110m));
        exchange.MoveTo(110m, 3_000);

        exchange.Position().Should().BeNull();
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 10_009.79m, 0m)); // + 10 realized − 0.11 fee
        exchange.TotalFees.Should().Be(0.21m);
    }

    [Fact]
    public void ShortRoundTrip_RealizesThePriceDropMinusFees()
    {
        var exchange = Perp(95m);
        exchange.PlaceOk(Limit("open", OrderSide.Sell, 2m, 100m));
        exchange.MoveTo(100m, 1_000);
        exchange.Position().Should().Be(new PerpPosition(Btc, -2m, 100m, 100m, null, 2, 0m));
        exchange.Equity(95m).Should().Be(10_009.8m); // 10,000 − 0.2 fee + 10 unrealized

        exchange.PlaceOk(Limit("close", OrderSide.Buy, 2m, 90m));
        exchange.MoveTo(90m, 2_000);

        exchange.Position().Should().BeNull();
        exchange.BalanceOf("USDT").Total.Should().Be(10_019.62m); // − 0.2 + 20 − 0.18
    }

    [Fact]
    public void MarketSell_LargerThanTheLong_FlipsShortAtTheFillPrice()
    {
        var exchange = Perp(100m);
        exchange.PlaceOk(Market("open", OrderSide.Buy, 1m));
        exchange.MoveTo(110m, 1_000);

        exchange.PlaceOk(Market("flip", OrderSide.Sell, 3m));

        exchange.Position().Should().Be(new PerpPosition(Btc, -2m, 110m, 110m, null, 2, 0m));
        exchange.BalanceOf("USDT").Total.Should().Be(10_009.14m); // − 0.2 + 10 − 0.66
    }

    [Fact]
    public void ReduceOnly_WhenFlat_IsRejected()
    {
        var exchange = Perp(100m);

        exchange.Place(Market("ro", OrderSide.Sell, 1m, reduceOnly: true)).ShouldBe(ErrorKind.FilterFailure, "-2022", "ReduceOnly Order is rejected.");
    }

    [Fact]
    public void ReduceOnly_LargerThanThePosition_FillsOnlyThePositionAndExpiresTheRest()
    {
        var exchange = Perp(100m, slippageBps: 10m);
        exchange.PlaceOk(Market("open", OrderSide.Buy, 1m)); // fills at 100.1

        var order = exchange.PlaceOk(Market("ro", OrderSide.Sell, 2m, reduceOnly: true)); // fills at 99.9

        (order.Status, order.FilledQuantity).Should().Be((OrderStatus.Expired, 1m));
        exchange.Position().Should().BeNull();
        exchange.BalanceOf("USDT").Total.Should().Be(10_000m - 0.2002m - 0.2m - 0.1998m); // −0.2 realized, two taker fees
    }

    [Fact]
    public void RestingReduceOnly_WhenThePositionIsGoneBeforeTheTouch_ExpiresWithoutFilling()
    {
        var exchange = Perp(100m);
        exchange.PlaceOk(Market("open", OrderSide.Buy, 1m));
        exchange.PlaceOk(new OrderRequest(Btc, "tp", OrderSide.Sell, OrderType.Limit, 1m, 110m, ReduceOnly: true));
        exchange.PlaceOk(Market("close", OrderSide.Sell, 1m));

        exchange.MoveTo(110m, 1_000).Should().BeEmpty();

        exchange.Order("tp").Value.Status.Should().Be(OrderStatus.Expired);
        exchange.Position().Should().BeNull();
    }

    [Fact]
    public void Balances_OnPerp_ListOnlyTheMarginWallet_AndSpotHasNoPosition()
    {
        Perp(100m).Balances().Should().ContainSingle().Which.Asset.Should().Be("USDT");
        Spot(100m).Position().Should().BeNull();
    }

    [Fact]
    public void PlaceOrder_OnPerp_NeedsMarginAtLeverageNotFullNotional()
    {
        var exchange = Perp(200m);

        // Taker at 200: 100 needs margin 10,000 + fee 40 > 10,000; 99 needs 9,900 + 39.6.
        exchange.Place(Limit("big", OrderSide.Buy, 100m, 200m)).Error!.Kind.Should().Be(ErrorKind.InsufficientBalance);
        exchange.PlaceOk(Limit("fits", OrderSide.Buy, 99m, 200m)).Status.Should().Be(OrderStatus.Filled);
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 10_000m - 39.6m - 9_900m, 9_900m));
    }
}
