using GridBot.Backtesting.Simulation;

namespace GridBot.Backtesting.Tests.Simulation;

public class SimRandomTests
{
    [Fact]
    public void SplitMix64_SeedZero_MatchesReferenceVector()
    {
        ulong state = 0;

        SimRandom.SplitMix64(ref state).Should().Be(0xE220A8397B1DCDAFUL);
        SimRandom.SplitMix64(ref state).Should().Be(0x6E789E6AA1B965F4UL);
    }

    [Fact]
    public void NextUInt64_State1234_MatchesXoshiro256StarStarReference()
    {
        var random = new SimRandom(1, 2, 3, 4);

        var outputs = Enumerable.Range(0, 4).Select(_ => random.NextUInt64()).ToArray();

        outputs.Should().Equal(11520UL, 0UL, 1509978240UL, 1215971899390074240UL);
    }

    [Fact]
    public void NextDouble_ManyDraws_InUnitIntervalWithMeanHalf()
    {
        var random = new SimRandom(7);

        var draws = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();

        draws.Should().OnlyContain(d => d >= 0.0 && d < 1.0);
        draws.Average().Should().BeApproximately(0.5, 0.01);
    }

    [Fact]
    public void NextOpenUnit_ManyDraws_NeverZero()
    {
        var random = new SimRandom(8);

        Enumerable.Range(0, 100_000).Select(_ => random.NextOpenUnit()).Should().OnlyContain(d => d > 0.0 && d <= 1.0);
    }

    [Fact]
    public void NextNormal_ManyDraws_StandardMoments()
    {
        var random = new SimRandom(9);

        var draws = Enumerable.Range(0, 200_000).Select(_ => random.NextNormal()).ToArray();

        draws.Average().Should().BeApproximately(0.0, 0.01);
        SimBarStats.Std(draws).Should().BeApproximately(1.0, 0.01);
        (draws.Count(d => Math.Abs(d) > 1.96) / (double)draws.Length).Should().BeApproximately(0.05, 0.003);
    }
}
