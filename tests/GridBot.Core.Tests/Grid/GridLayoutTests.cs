using GridBot.Core.Grid;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Grid.GridFixtures;

namespace GridBot.Core.Tests.Grid;

public class GridLayoutTests
{
    [Fact]
    public void Create_Arithmetic_EvenlySpacedOnTick()
    {
        var layout = Layout(new GridSpec(100m, 200m, 4, GridSpacing.Arithmetic, LevelSizing.Base(0.1m)));

        layout.Levels.Select(l => l.Price).Should().Equal(100m, 133.33m, 166.67m, 200m);
        layout.Levels.Select(l => l.Index).Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void Create_Geometric_ConstantRatioOnTick()
    {
        var layout = Layout(new GridSpec(100m, 400m, 5, GridSpacing.Geometric, LevelSizing.Base(0.1m)));

        layout.Levels.Select(l => l.Price).Should().Equal(100m, 141.42m, 200m, 282.84m, 400m);
    }

    [Fact]
    public void Create_QuotePerLevel_FloorsQuoteOverPrice()
    {
        var layout = Layout(new GridSpec(20_000m, 30_000m, 3, GridSpacing.Arithmetic, LevelSizing.Quote(100m)));

        layout.Levels.Select(l => l.BuyQuantity).Should().Equal(0.005m, 0.004m, 0.00333m);
    }

    [Theory]
    [InlineData(200, 100, 5, "LowerNotBelowUpper")]
    [InlineData(100, 100, 5, "LowerNotBelowUpper")]
    [InlineData(100, 200, 1, "TooFewLevels")]
    [InlineData(0, 200, 5, "NonPositiveBound")]
    [InlineData(100, 100.03, 5, "LevelsOnSameTick")]
    public void Create_BadSpec_RejectsWithReason(double lower, double upper, int levels, string code)
    {
        var result = GridLayout.Create(new GridSpec((decimal)lower, (decimal)upper, levels, GridSpacing.Arithmetic, LevelSizing.Base(1m)), Rules());

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Create_OrderBelowMinNotional_RejectsNamingLevelAndRule()
    {
        var result = GridLayout.Create(new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(0.04m)), Rules(minNotional: 5m));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(nameof(GridRejection.LevelBreaksSymbolRules));
        result.Error.Message.Should().Contain("level 0").And.Contain("BelowMinNotional");
    }

    [Theory]
    [InlineData(26, true)]    // 25 open orders: exactly the cap
    [InlineData(27, false)]
    public void Create_MoreOpenOrdersThanTheVenueAllows_RejectedNamingTheCap(int levels, bool allowed)
    {
        var rules = new SymbolRules(Btc, 0.01m, 0.00001m, maxOpenOrders: 25);

        var result = GridLayout.Create(new GridSpec(100m, 200m, levels, GridSpacing.Arithmetic, LevelSizing.Base(0.1m)), rules);

        result.IsSuccess.Should().Be(allowed);
        if (!allowed)
        {
            result.Error!.Code.Should().Be(nameof(GridRejection.TooManyOpenOrders));
            result.Error.Message.Should().Contain("26 orders open").And.Contain("at most 25").And.Contain("MAX_NUM_ORDERS");
        }
    }

    [Fact]
    public void Create_StopLossInsideRange_Rejected()
    {
        var spec = new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), StopLossPrice: 105m);

        GridLayout.Create(spec, Rules()).Error!.Code.Should().Be(nameof(GridRejection.InvalidTrigger));
    }

    [Fact]
    public void Create_BaseQuantityOffStep_FloorsToStep()
    {
        var layout = Layout(new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1.000004m)));

        layout.Levels.Should().OnlyContain(l => l.BuyQuantity == 1m);
    }

    [Fact]
    public void Create_AnyValidSpec_LevelsStrictlyIncreasingWithinBounds() =>
        FsCheck.Fluent.Prop.ForAll<int, int, bool>((a, b, geometric) =>
        {
            var lower = 100m + Math.Abs(a % 10_000);
            var upper = lower + 10m + Math.Abs(b % 10_000);
            var count = 2 + Math.Abs(a % 50);
            var spec = new GridSpec(lower, upper, count, geometric ? GridSpacing.Geometric : GridSpacing.Arithmetic, LevelSizing.Base(0.001m));
            var result = GridLayout.Create(spec, new SymbolRules(Btc, 0.01m, 0.00001m));
            if (!result.IsSuccess)
            {
                return result.Error!.Code == nameof(GridRejection.LevelsOnSameTick);
            }

            var prices = result.Value.Levels.Select(l => l.Price).ToList();
            return prices[0] == lower && prices[^1] == upper && prices.Zip(prices.Skip(1)).All(p => p.First < p.Second);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void FeeProblem_SpacingBelowTwoMakerFees_Explains()
    {
        var layout = Layout(new GridSpec(24_000m, 24_480m, 13, GridSpacing.Arithmetic, LevelSizing.Base(0.001m)));

        layout.MinStepFraction.Should().BeApproximately(40m / 24_440m, 1e-12m);
        layout.FeeProblem(Core.Sizing.FeeSchedule.FromBps(10m, 10m)).Should().Contain("0.2% two maker fees");
        layout.FeeProblem(Core.Sizing.FeeSchedule.FromBps(5m, 10m)).Should().BeNull();
    }
}
