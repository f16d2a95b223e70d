using GridBot.Core.Kpis;

namespace GridBot.Core.Tests.Kpis;

public class DailyReturnsTests
{
    private static readonly long Day0 = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private const long Hour = 3_600_000;

    [Fact]
    public void Closes_LastPointOfEachUtcDay()
    {
        var curve = new List<EquityPoint>
        {
            new(Day0 + (10 * Hour), 100m),
            new(Day0 + (24 * Hour) - 1, 105m),  // 23:59:59.999 still day 0
            new(Day0 + (24 * Hour), 107m),      // midnight opens day 1
            new(Day0 + (30 * Hour), 104m),
        };

        DailyReturns.Closes(curve).Should().Equal(105m, 104m);
    }

    [Fact]
    public void Closes_DayWithoutPoints_CarriesPreviousClose()
    {
        var curve = new List<EquityPoint> { new(Day0, 100m), new(Day0 + (50 * Hour), 110m) };

        DailyReturns.Closes(curve).Should().Equal(100m, 100m, 110m);
        DailyReturns.Of(curve).Should().Equal(0.0, 0.1);
    }

    [Fact]
    public void Closes_BeforeEpoch_FloorsToTheRightDay()
    {
        var curve = new List<EquityPoint> { new(-2 * Hour, 100m), new(-Hour, 101m), new(Hour, 102m) };

        DailyReturns.Closes(curve).Should().Equal(101m, 102m);
    }

    [Fact]
    public void Closes_OutOfOrder_IsABug()
    {
        var curve = new List<EquityPoint> { new(Day0 + (48 * Hour), 100m), new(Day0, 110m) };

        var act = () => DailyReturns.Closes(curve);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Sharpe_HandComputed()
    {
        // mean 0.01, sample sd 0.01 (returns 0, 0.01, 0.02) → 1 × √365
        DailyReturns.Sharpe([0.0, 0.01, 0.02]).Should().BeApproximately(Math.Sqrt(365), 1e-9);
    }

    [Fact]
    public void Sortino_HandComputed()
    {
        // mean 0.005, downside deviation √(0.01² / 2) = 0.00707… → 0.7071 × √365
        DailyReturns.Sortino([0.02, -0.01]).Should().BeApproximately(0.005 / Math.Sqrt(0.0001 / 2) * Math.Sqrt(365), 1e-9);
    }
}
