using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class RiskLimitsTests
{
    [Fact]
    public void Default_HasSeedLimits()
    {
        var limits = RiskLimits.Default;

        limits.MaxPositionValue.Should().Be(1000m);
        limits.MaxDailyLoss.Should().Be(100m);
        limits.MaxDrawdown.Should().Be(0.10m);
        limits.MaxOrderValue.Should().Be(100m);
        limits.MaxConsecutiveLosses.Should().Be(5);
        limits.MaxApiErrors.Should().Be(10);
        limits.MaxPriceDeviation.Should().Be(0.05m);
    }

    public static TheoryData<Func<RiskLimits>> InvalidLimits => new()
    {
        () => new RiskLimits(maxPositionValue: 0m),
        () => new RiskLimits(maxDailyLoss: -1m),
        () => new RiskLimits(maxDrawdown: 0m),
        () => new RiskLimits(maxDrawdown: 1.5m),
        () => new RiskLimits(maxOrderValue: 0m),
        () => new RiskLimits(maxConsecutiveLosses: 0),
        () => new RiskLimits(maxApiErrors: -3),
        () => new RiskLimits(maxPriceDeviation: 0m),
    };

    [Theory]
    [MemberData(nameof(InvalidLimits))]
    public void Constructor_NonPositiveOrOutOfRange_Throws(Func<RiskLimits> create)
    {
        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void LimitOf_EachKind_ReturnsItsLimit()
    {
        var limits = new RiskLimits(1m, 2m, 0.3m, 4m, 5, 6, 0.07m);

        limits.LimitOf(SafetyEventKind.PositionLimit).Should().Be(1m);
        limits.LimitOf(SafetyEventKind.DailyLoss).Should().Be(2m);
        limits.LimitOf(SafetyEventKind.Drawdown).Should().Be(0.3m);
        limits.LimitOf(SafetyEventKind.OrderSize).Should().Be(4m);
        limits.LimitOf(SafetyEventKind.ConsecutiveLosses).Should().Be(5m);
        limits.LimitOf(SafetyEventKind.ApiErrors).Should().Be(6m);
        limits.LimitOf(SafetyEventKind.PriceDeviation).Should().Be(0.07m);
        FluentActions.Invoking(() => limits.LimitOf(SafetyEventKind.CircuitBreaker)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesLimits()
    {
        var limits = new RiskLimits(2000m, 250m, 0.15m, 75m, 4, 12, 0.08m);

        SafetyJson.RoundTrip(limits).Should().Be(limits);
    }
}
