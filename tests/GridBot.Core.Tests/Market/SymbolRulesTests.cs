using GridBot.Core.Market;

namespace GridBot.Core.Tests.Market;

public class SymbolRulesTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void Constructor_ValidRules_KeepsValues()
    {
        var rules = new SymbolRules(Btc, 0.01m, 0.00001m, 0.00001m, 9000m, 5m);

        rules.TickSize.Should().Be(0.01m);
        rules.StepSize.Should().Be(0.00001m);
        rules.MinNotional.Should().Be(5m);
    }

    [Theory]
    [InlineData(0, 0.001, 0, 10, 0)]
    [InlineData(0.01, 0, 0, 10, 0)]
    [InlineData(0.01, 0.001, -1, 10, 0)]
    [InlineData(0.01, 0.001, 5, 1, 0)]
    [InlineData(0.01, 0.001, 0, 10, -5)]
    public void Constructor_InvalidRules_Throws(double tick, double step, double minQty, double maxQty, double minNotional)
    {
        var act = () => new SymbolRules(Btc, (decimal)tick, (decimal)step, (decimal)minQty, (decimal)maxQty, (decimal)minNotional);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void PercentPriceBand_OutsideBand_NotAllowed()
    {
        var band = new PercentPriceBand(5m, 0.2m, 5m, 0.2m);

        band.Allows(OrderSide.Buy, 100m, 100m).Should().BeTrue();
        band.Allows(OrderSide.Buy, 19m, 100m).Should().BeFalse();
        band.Allows(OrderSide.Sell, 501m, 100m).Should().BeFalse();
    }
}
