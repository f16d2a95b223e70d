using GridBot.Backtesting.Simulation;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Simulation;

public class MarketSimulatorTests
{
    private const decimal PinnedLastClose = 19_436.51m;
    private const decimal PinnedVolumeSum = 3_535.41608m;

    private static readonly SimulatorOptions Month = SimulatorOptions.Default(42);
    private static readonly Bar PinnedFirst = new(1_704_067_200_000, 25_000.00m, 25_008.75m, 24_999.53m, 25_008.74m, 0.17046m);

    [Fact]
    public void GenerateArray_SameSeed_IdenticalBars()
    {
        var first = new MarketSimulator(Month).GenerateArray();
        var second = new MarketSimulator(Month with { }).GenerateArray();

        first.Should().HaveCount(43_200);
        second.Should().Equal(first);
    }

    [Fact]
    public void Generate_Streaming_SameBarsAndRegimesAsArray()
    {
        var simulator = new MarketSimulator(Month);

        var array = simulator.GenerateArray(out var regimes);

        simulator.Generate().Should().Equal(array);
        var withRegimes = simulator.GenerateWithRegimes().ToArray();
        withRegimes.Select(b => b.Bar).Should().Equal(array);
        withRegimes.Select(b => b.Regime).Should().Equal(regimes);
    }

    [Theory]
    [InlineData(42, 43)]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    public void GenerateArray_DifferentSeeds_DifferentBars(int seed, int other)
    {
        var a = new MarketSimulator(SimulatorOptions.Default(seed, 1_000)).GenerateArray();
        var b = new MarketSimulator(SimulatorOptions.Default(other, 1_000)).GenerateArray();

        a.Zip(b).Count(pair => pair.First.Close != pair.Second.Close).Should().BeGreaterThan(900);
    }

    [Fact]
    public void GenerateArray_Seed42_MatchesPinnedBars()
    {
        // Pinned output: a change here means every recorded demo and test result changes too.
        var bars = new MarketSimulator(Month).GenerateArray();

        bars[0].Should().Be(PinnedFirst);
        bars[^1].Close.Should().Be(PinnedLastClose);
        bars.Sum(b => b.Volume).Should().Be(PinnedVolumeSum);
    }

    [Theory]
    [InlineData(1, 25_000, 0.01, 1.0)]
    [InlineData(2, 100, 0.5, 3.0)]
    [InlineData(3, 0.05, 0.00001, 1.0)]
    [InlineData(4, 60_000, 0.1, 0.25)]
    public void GenerateArray_AnyOptions_EveryBarConsistentOnTickAndContinuous(int seed, double startPrice, double tick, double volatility)
    {
        var options = SimulatorOptions.Default(seed) with
        {
            StartPrice = (decimal)startPrice,
            TickSize = (decimal)tick,
            VolatilityScale = volatility,
        };

        var bars = new MarketSimulator(options).GenerateArray();

        bars[0].Open.Should().Be(options.StartPrice);
        bars[0].OpenTimeMs.Should().Be(options.Start.ToUnixTimeMilliseconds());
        for (var i = 0; i < bars.Length; i++)
        {
            AssertConsistent(bars[i], options.TickSize, i);
            if (i > 0)
            {
                bars[i].Open.Should().Be(bars[i - 1].Close, "bar {0} opens at the previous close", i);
                (bars[i].OpenTimeMs - bars[i - 1].OpenTimeMs).Should().Be(60_000);
            }
        }
    }

    [Fact]
    public void GenerateArray_IdleBars_FlatWithZeroVolume()
    {
        var bars = new MarketSimulator(Month).GenerateArray();

        var idle = bars.Where(b => b.Volume == 0m).ToArray();

        idle.Should().NotBeEmpty();
        idle.Should().OnlyContain(b => b.Open == b.High && b.High == b.Low && b.Low == b.Close);
        bars.Where(b => b.Volume > 0m).Should().OnlyContain(b => b.Volume >= 0.00001m);
    }

    [Theory]
    [InlineData(100.005, 0.01, 100.01)]
    [InlineData(25_000, 0.01, 25_000)]
    [InlineData(0.8, 0.5, 1.0)]
    public void GenerateArray_StartPriceOffTick_OpensAtNearestTick(double startPrice, double tick, double expectedOpen)
    {
        var options = SimulatorOptions.Default(1, 10) with { StartPrice = (decimal)startPrice, TickSize = (decimal)tick };

        var bars = new MarketSimulator(options).GenerateArray();

        bars[0].Open.Should().Be((decimal)expectedOpen);
    }

    [Fact]
    public void GenerateArray_ZeroBars_Empty()
    {
        new MarketSimulator(SimulatorOptions.Default(1, 0)).GenerateArray().Should().BeEmpty();
    }

    [Fact]
    public void Problem_InvalidOptions_NamesTheProblemAndSimulatorRefuses()
    {
        var valid = SimulatorOptions.Default(1);
        var invalid = new[]
        {
            valid with { Bars = -1 },
            valid with { TickSize = 0m },
            valid with { StartPrice = 0.001m },
            valid with { Start = valid.Start.AddSeconds(30) },
            valid with { VolatilityScale = 0 },
            valid with { VolumeScale = double.NaN },
        };

        valid.Problem().Should().BeNull();
        foreach (var options in invalid)
        {
            options.Problem().Should().NotBeNull();
            var create = () => new MarketSimulator(options);
            create.Should().Throw<ArgumentException>();
        }
    }

    private static void AssertConsistent(Bar bar, decimal tick, int index)
    {
        bar.Problem().Should().BeNull("bar {0} must be consistent", index);
        bar.Low.Should().BeGreaterThanOrEqualTo(tick);
        foreach (var price in new[] { bar.Open, bar.High, bar.Low, bar.Close })
        {
            (price % tick).Should().Be(0m, "bar {0} price {1} must be on the tick", index, price);
        }

        (bar.Volume % 0.00001m).Should().Be(0m);
    }
}
