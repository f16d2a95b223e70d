using GridBot.Core.Risk;

namespace GridBot.Core.Tests.Risk;

public class ExposureCapsTests
{
    private readonly ExposureCaps _caps = ExposureCaps.Default;

    [Fact]
    public void Default_FifteenAndThirtyPercent()
    {
        _caps.Should().Be(new ExposureCaps(0.15m, 0.30m));
    }

    [Fact]
    public void Check_PairAboveFifteenPercent_PerPairViolation()
    {
        _caps.Check(10_000m, 1_600m, 1_600m).Should().Be(ExposureViolation.PerPairCapExceeded(1_600m, 1_500m));
    }

    [Fact]
    public void Check_PairExactlyAtCap_Passes()
    {
        _caps.Check(10_000m, 1_500m, 1_500m).Should().BeNull();
    }

    [Fact]
    public void Check_PortfolioAboveThirtyPercent_PortfolioViolation()
    {
        var violation = _caps.Check(10_000m, 1_000m, 3_100m);

        violation.Should().Be(new ExposureViolation(ExposureViolationKind.PortfolioCapExceeded, 3_100m, 3_000m));
        violation!.Excess.Should().Be(100m);
    }

    [Fact]
    public void Check_PortfolioExactlyAtCap_Passes()
    {
        _caps.Check(10_000m, 1_500m, 3_000m).Should().BeNull();
    }

    [Fact]
    public void Check_BothExceeded_PerPairReportedFirst()
    {
        _caps.Check(10_000m, 1_600m, 3_100m)!.Kind.Should().Be(ExposureViolationKind.PerPairCapExceeded);
    }

    [Fact]
    public void Check_NonPositiveEquity_AnyExposureViolates()
    {
        _caps.Check(-100m, 1m, 1m).Should().Be(ExposureViolation.PerPairCapExceeded(1m, 0m));
        _caps.Check(0m, 0m, 0m).Should().BeNull();
    }

    [Fact]
    public void Headroom_SmallerOfTheTwoCaps()
    {
        _caps.Headroom(10_000m, 1_000m, 2_800m).Should().Be(200m);
        _caps.Headroom(10_000m, 1_200m, 1_200m).Should().Be(300m);
        _caps.Headroom(10_000m, 1_600m, 1_600m).Should().Be(0m);
    }
}
