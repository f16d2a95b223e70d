using GridBot.Core.Market;
using GridBot.Core.Positions;

namespace GridBot.Core.Tests.Positions;

public class PositionTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void Apply_TwoBuys_WeightsAverageEntry()
    {
        var position = new Position(Btc)
            .Apply(OrderSide.Buy, 0.001m, 50_000m).Position
            .Apply(OrderSide.Buy, 0.002m, 52_000m).Position;

        position.Quantity.Should().Be(0.003m);
        position.AverageEntryPrice.Should().BeApproximately(51_333.333333m, 0.000001m);
        position.IsLong.Should().BeTrue();
    }

    [Fact]
    public void Apply_SellAboveEntry_RealizesPositivePnl()
    {
        // The seed recorded −5 here; selling above the entry is a gain.
        var fill = new Position(Btc)
            .Apply(OrderSide.Buy, 0.001m, 50_000m).Position
            .Apply(OrderSide.Sell, 0.001m, 55_000m);

        fill.RealizedPnl.Should().Be(5m);
        fill.Position.RealizedPnl.Should().Be(5m);
        fill.Position.IsFlat.Should().BeTrue();
        fill.Position.AverageEntryPrice.Should().Be(0m);
    }

    [Fact]
    public void Apply_ShortCoveredLower_RealizesPositivePnl()
    {
        var fill = new Position(Btc)
            .Apply(OrderSide.Sell, 0.002m, 50_000m).Position
            .Apply(OrderSide.Buy, 0.001m, 48_000m);

        fill.RealizedPnl.Should().Be(2m);
        fill.Position.Quantity.Should().Be(-0.001m);
        fill.Position.IsShort.Should().BeTrue();
        fill.Position.AverageEntryPrice.Should().Be(50_000m);
    }

    [Fact]
    public void Apply_CrossesZero_OpensRemainderAtFillPrice()
    {
        var fill = new Position(Btc)
            .Apply(OrderSide.Buy, 1m, 100m).Position
            .Apply(OrderSide.Sell, 3m, 110m);

        fill.RealizedPnl.Should().Be(10m);
        fill.ClosedQuantity.Should().Be(1m);
        fill.Position.Quantity.Should().Be(-2m);
        fill.Position.AverageEntryPrice.Should().Be(110m);
    }

    [Fact]
    public void UnrealizedPnl_LongAndShort_HasMarketSign()
    {
        var position = new Position(Btc).Apply(OrderSide.Buy, 0.003m, 51_000m).Position;

        position.UnrealizedPnl(52_000m).Should().Be(3m);
        position.Value(52_000m).Should().Be(156m);
        new Position(Btc).Apply(OrderSide.Sell, 1m, 100m).Position.UnrealizedPnl(90m).Should().Be(10m);
    }

    [Fact]
    public void Apply_Fees_AccumulateApartFromPnl()
    {
        var position = new Position(Btc)
            .Apply(OrderSide.Buy, 0.001m, 50_000m, feeInQuote: 0.05m).Position
            .Apply(OrderSide.Sell, 0.001m, 55_000m, feeInQuote: 0.055m).Position;

        position.FeesPaid.Should().Be(0.105m);
        position.NetRealizedPnl.Should().Be(4.895m);
    }

    [Fact]
    public void Apply_RandomFills_RealizedPlusUnrealizedEqualsCashFlow() =>
        FsCheck.Fluent.Prop.ForAll<int[]>(steps =>
        {
            var position = new Position(Btc);
            var cash = 0m;
            var price = 100m;
            foreach (var step in steps.Take(40))
            {
                var side = step % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
                var quantity = 1 + (Math.Abs(step % 7));
                price = 50 + Math.Abs(step % 100);
                position = position.Apply(side, quantity, price).Position;
                cash -= side == OrderSide.Buy ? quantity * price : -quantity * price;
            }

            // Total PnL is the cash flow plus the value of what is still held.
            var total = position.RealizedPnl + position.UnrealizedPnl(price);
            return Math.Abs(total - (cash + (position.Quantity * price))) < 0.000001m;
        }).QuickCheckThrowOnFailure();
}
