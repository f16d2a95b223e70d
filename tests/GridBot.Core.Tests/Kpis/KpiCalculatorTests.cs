using System.Text.Json;
using GridBot.Core.Kpis;

namespace GridBot.Core.Tests.Kpis;

public class KpiCalculatorTests
{
    private static readonly long Day0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static EquityPoint At(double days, decimal equity) => new(Day0 + (long)(days * 86_400_000), equity);

    private static List<EquityPoint> Hourly(params decimal[] equities) =>
        equities.Select((e, i) => At(i / 24.0, e)).ToList();

    private static CompletedRoundTrip Trip(decimal pnl) => new(Day0, 100m, Day0 + 60_000, 100m + pnl, 1m, pnl);

    [Fact]
    public void Compute_UpDownUp_ReturnTenPercentDrawdownTwentyFivePercent()
    {
        var report = KpiCalculator.Compute(Hourly(100m, 120m, 90m, 110m), []);

        report.TotalReturn.Should().Be(0.10m);
        report.MaxDrawdown.Should().Be(0.25m);
        report.StartEquity.Should().Be(100m);
        report.FinalEquity.Should().Be(110m);
    }

    [Fact]
    public void MaxDrawdown_FallFromStart_StartIsFirstPeak()
    {
        KpiCalculator.MaxDrawdown(Hourly(100m, 80m, 90m)).Should().Be(0.20m);
    }

    [Fact]
    public void MaxDrawdown_OnlyRising_Zero()
    {
        KpiCalculator.MaxDrawdown(Hourly(100m, 101m, 150m)).Should().Be(0m);
    }

    [Fact]
    public void Compute_DailyCloses_SharpeAndSortinoAnnualizedBy365()
    {
        // Closes 100, 110, 121, 108.9: daily returns +10 %, +10 %, −10 %; intraday points before each close are ignored.
        var curve = new List<EquityPoint>
        {
            At(0.1, 95m), At(0.9, 100m), At(1.5, 130m), At(1.9, 110m), At(2.5, 121m), At(3.2, 90m), At(3.99, 108.9m),
        };

        var report = KpiCalculator.Compute(curve, []);

        report.DailyReturnCount.Should().Be(3);
        report.Sharpe.Should().BeApproximately(Math.Sqrt(365.0 / 12.0), 1e-9);   // mean 1/30, sample sd √(0.04/3)
        report.Sharpe.Should().BeApproximately(5.515130702591431, 1e-9);
        report.Sortino.Should().BeApproximately(Math.Sqrt(365.0 / 3.0), 1e-9);   // downside deviation √(0.01/3)
        report.Sortino.Should().BeApproximately(11.030261405182863, 1e-9);
    }

    [Fact]
    public void Compute_FewerThanTwoDailyReturns_SharpeAndSortinoZero()
    {
        var report = KpiCalculator.Compute([At(0, 100m), At(1, 110m)], []);

        report.DailyReturnCount.Should().Be(1);
        report.Sharpe.Should().Be(0);
        report.Sortino.Should().Be(0);
    }

    [Fact]
    public void Compute_ConstantDailyReturn_ZeroDeviationGivesZero()
    {
        var report = KpiCalculator.Compute([At(0, 100m), At(1, 110m), At(2, 121m)], []);

        report.Sharpe.Should().Be(0);
        report.Sortino.Should().Be(0, "no negative return means zero downside deviation");
    }

    [Fact]
    public void Compute_RoundTrips_WinRateProfitFactorAverage()
    {
        var report = KpiCalculator.Compute(Hourly(100m), [Trip(50m), Trip(-20m), Trip(30m), Trip(0m), Trip(-10m)]);

        report.RoundTrips.Should().Be(5);
        report.Wins.Should().Be(2);
        report.WinRate.Should().Be(0.4m);
        report.GrossProfit.Should().Be(80m);
        report.GrossLoss.Should().Be(30m);
        report.ProfitFactor.Should().Be(80m / 30m);
        report.NetPnl.Should().Be(50m);
        report.AverageTrade.Should().Be(10m);
    }

    [Fact]
    public void Compute_NoLosses_ProfitFactorNull()
    {
        var report = KpiCalculator.Compute(Hourly(100m), [Trip(5m), Trip(7m)]);

        report.ProfitFactor.Should().BeNull();
        report.WinRate.Should().Be(1m);
    }

    [Fact]
    public void Compute_OnlyLosses_ProfitFactorZero()
    {
        KpiCalculator.Compute(Hourly(100m), [Trip(-5m)]).ProfitFactor.Should().Be(0m);
    }

    [Fact]
    public void Compute_NoTrades_ZeroRatesAndNullProfitFactor()
    {
        var report = KpiCalculator.Compute(Hourly(100m, 101m), []);

        report.RoundTrips.Should().Be(0);
        report.WinRate.Should().Be(0m);
        report.AverageTrade.Should().Be(0m);
        report.ProfitFactor.Should().BeNull();
    }

    [Fact]
    public void Compute_EmptyCurve_ZeroEquityFigures()
    {
        var report = KpiCalculator.Compute([], []);

        report.Should().BeEquivalentTo(new { StartEquity = 0m, FinalEquity = 0m, TotalReturn = 0m, MaxDrawdown = 0m, Sharpe = 0.0 });
    }

    [Fact]
    public void Compute_StartAtZero_IsABug()
    {
        var act = () => KpiCalculator.Compute(Hourly(0m, 10m), []);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void KpiReport_RoundTripsThroughJson()
    {
        var report = KpiCalculator.Compute(Hourly(100m, 120m, 90m, 110m), [Trip(5m)]);

        JsonSerializer.Deserialize<KpiReport>(JsonSerializer.Serialize(report)).Should().Be(report);
    }
}
