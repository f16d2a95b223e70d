using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Sizing;

public class OrderSizingTests
{
    [Fact]
    public void MaxQuantity_WithFee_FloorsBalanceOverPriceTimesOnePlusFee() =>
        // 1000 / (50000 × 1.001) = 0.019980019…, floored to 0.00001.
        OrderSizing.MaxQuantity(1_000m, 50_000m, 0.001m, 0.00001m).Should().Be(0.01998m);

    [Fact]
    public void MaxQuantity_NoBalance_ReturnsZero() =>
        OrderSizing.MaxQuantity(0m, 50_000m, 0.001m, 0.00001m).Should().Be(0m);

    [Fact]
    public void GridOrderQuantity_QuotePerLevel_FloorsToStep() =>
        OrderSizing.GridOrderQuantity(100m, 30_000m, 0.00001m).Should().Be(0.00333m);

    [Fact]
    public void QuotePerLevel_CapitalOverLevels_SplitsEvenly() =>
        OrderSizing.QuotePerLevel(1_000m, 8).Should().Be(125m);

    [Fact]
    public void MinQuantityForNotional_RoundsUpToStep() =>
        OrderSizing.MinQuantityForNotional(10m, 30_000m, 0.00001m).Should().Be(0.00034m);

    [Theory]
    [InlineData(0.5, 100, 50)]
    [InlineData(-0.5, 100, 50)]
    public void PositionValue_EitherSide_IsAbsoluteNotional(double quantity, double price, double expected) =>
        OrderSizing.PositionValue((decimal)quantity, (decimal)price).Should().Be((decimal)expected);
}
