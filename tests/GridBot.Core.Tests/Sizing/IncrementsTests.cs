using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Sizing;

public class IncrementsTests
{
    [Theory]
    [InlineData("50123.456", "0.01", RoundingDirection.Down, "50123.45")]
    [InlineData("50123.451", "0.01", RoundingDirection.Up, "50123.46")]
    [InlineData("50123.455", "0.01", RoundingDirection.Nearest, "50123.46")]
    [InlineData("50123.454", "0.01", RoundingDirection.Nearest, "50123.45")]
    [InlineData("50123.45", "0.01", RoundingDirection.Up, "50123.45")]
    [InlineData("1.27", "0.5", RoundingDirection.Down, "1.0")]
    [InlineData("1.27", "0.5", RoundingDirection.Up, "1.5")]
    public void RoundToTick_Direction_RoundsExactly(string price, string tick, RoundingDirection direction, string expected) =>
        Increments.RoundToTick(D(price), D(tick), direction).Should().Be(D(expected));

    [Theory]
    [InlineData("0.123456", "0.00001", "0.12345")]
    [InlineData("0.000009", "0.00001", "0")]
    [InlineData("1.99999999", "0.001", "1.999")]
    [InlineData("5", "1", "5")]
    public void FloorToStep_Quantity_NeverRoundsUp(string quantity, string step, string expected) =>
        Increments.FloorToStep(D(quantity), D(step)).Should().Be(D(expected));

    [Fact]
    public void FloorToStep_BelowStep_ReturnsZero() =>
        Increments.FloorToStep(0.000001m, 0.00001m).Should().Be(0m);

    [Fact]
    public void FloorToStep_ZeroStep_Throws()
    {
        var act = () => Increments.FloorToStep(1m, 0m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FloorToStep_AnyQuantity_IsMultipleNotAbove() =>
        FsCheck.Fluent.Prop.ForAll<decimal>(q =>
        {
            var quantity = Math.Abs(q) % 1_000_000m;
            var floored = Increments.FloorToStep(quantity, 0.00001m);
            return floored <= quantity && quantity - floored < 0.00001m && Increments.IsMultipleOf(floored, 0.00001m);
        }).QuickCheckThrowOnFailure();

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
