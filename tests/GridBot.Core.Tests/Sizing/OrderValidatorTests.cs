using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Sizing;

public class OrderValidatorTests
{
    private static readonly SymbolRules Rules = new(new Symbol("BTC", "USDT"), 0.01m, 0.001m, 0.001m, 100m, 10m);

    [Fact]
    public void Validate_ExactlyMinNotional_Passes() =>
        OrderValidator.Validate(Rules, OrderSide.Buy, 10m, 1m).Should().BeEmpty();

    [Theory]
    [InlineData("9.99", "1", SizingRejection.BelowMinNotional)]
    [InlineData("50000", "0.0001", SizingRejection.BelowMinQuantity)]
    [InlineData("50000", "101", SizingRejection.AboveMaxQuantity)]
    [InlineData("50000", "0.0015", SizingRejection.InvalidQuantityPrecision)]
    [InlineData("50000.005", "0.01", SizingRejection.InvalidPricePrecision)]
    [InlineData("0", "1", SizingRejection.NonPositivePrice)]
    [InlineData("100", "0", SizingRejection.NonPositiveQuantity)]
    public void Validate_BrokenRule_NamesIt(string price, string quantity, SizingRejection expected) =>
        OrderValidator.Validate(Rules, OrderSide.Buy, D(price), D(quantity)).Select(v => v.Rejection).Should().Contain(expected);

    [Fact]
    public void Validate_SeveralBroken_ReturnsEveryViolation()
    {
        var violations = OrderValidator.Validate(Rules, OrderSide.Sell, 1.005m, 0.0005m);

        violations.Select(v => v.Rejection).Should().BeEquivalentTo(new[]
        {
            SizingRejection.InvalidPricePrecision,
            SizingRejection.InvalidQuantityPrecision,
            SizingRejection.BelowMinQuantity,
            SizingRejection.BelowMinNotional,
        });
    }

    [Fact]
    public void Validate_OutsidePercentPrice_Rejected()
    {
        var rules = new SymbolRules(new Symbol("BTC", "USDT"), 0.01m, 0.001m, percentPrice: new PercentPriceBand(1.2m, 0.8m, 1.2m, 0.8m));

        OrderValidator.Validate(rules, OrderSide.Buy, 70m, 1m, referencePrice: 100m)
            .Should().ContainSingle(v => v.Rejection == SizingRejection.OutsidePercentPrice);
        OrderValidator.Validate(rules, OrderSide.Buy, 90m, 1m, referencePrice: 100m).Should().BeEmpty();
    }

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
