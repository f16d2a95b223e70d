using GridBot.Backtesting.Kernel;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>The fast kernel against <see cref="ReferenceSimulator"/>: the same fills and the same figures, exactly.</summary>
internal static class Agreement
{
    public static BacktestResult AssertAgree(Bar[] bars, BacktestConfig config)
    {
        var fast = Backtester.Run(PreparedBars.Prepare(bars, config.Rules.TickSize), config, Recording.All).Value;
        var slow = ReferenceSimulator.Run(bars, config);

        fast.Fills.Should().Equal(slow.Fills);
        var k = fast.Kpis;
        k.FinalCash.Should().Be(slow.Cash);
        k.FinalBase.Should().Be(slow.Base);
        k.Fees.Should().Be(slow.Fees);
        k.GridProfit.Should().Be(slow.GridProfit);
        k.FinalEquity.Should().Be(slow.Equity[^1]);
        k.InventoryPnl.Should().Be(slow.Equity[^1] - config.Capital - slow.GridProfit + slow.Fees);
        (k.Fills, k.Buys, k.Sells).Should().Be((slow.Fills.Count, slow.Fills.Count(f => f.Side == OrderSide.Buy), slow.Fills.Count(f => f.Side == OrderSide.Sell)));
        (k.RoundTrips, k.TrailShifts, k.ExitReason, k.ExitTimeMs).Should().Be((slow.RoundTrips, slow.TrailShifts, slow.ExitReason, slow.ExitTimeMs));
        k.MaxDrawdownPct.Should().BeApproximately((double)slow.MaxDrawdownPct, 1e-9);
        fast.Equity!.Zip(slow.Equity).Should().OnlyContain(p => Math.Abs(p.First - (double)p.Second) <= 1e-9 * Math.Abs((double)p.Second));
        return fast;
    }
}
