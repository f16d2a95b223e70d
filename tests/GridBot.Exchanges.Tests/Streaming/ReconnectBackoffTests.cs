using GridBot.Exchanges.Streaming;

namespace GridBot.Exchanges.Tests.Streaming;

public class ReconnectBackoffTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SixtySeconds = TimeSpan.FromSeconds(60);

    [Fact]
    public void Next_NoJitter_DoublesFromOneSecondToTheSixtySecondCap()
    {
        var backoff = new ReconnectBackoff(OneSecond, SixtySeconds, 0, new Random(1));

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToArray();

        delays.Should().Equal(1, 2, 4, 8, 16, 32, 60, 60, 60);
    }

    [Fact]
    public void Reset_AfterGrowth_StartsAgainAtOneSecond()
    {
        var backoff = new ReconnectBackoff(OneSecond, SixtySeconds, 0, new Random(1));
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        backoff.Next().Should().Be(OneSecond);
        backoff.Next().Should().Be(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(0.2, 42)]
    [InlineData(0.5, 7)]
    public void Next_WithJitter_IsAtMostTheFractionBelowTheBaseAndReproducibleFromTheSeed(double jitter, int seed)
    {
        var first = new ReconnectBackoff(OneSecond, SixtySeconds, jitter, new Random(seed));
        var second = new ReconnectBackoff(OneSecond, SixtySeconds, jitter, new Random(seed));
        double[] bases = [1, 2, 4, 8, 16, 32, 60, 60];

        var delays = bases.Select(_ => first.Next().TotalSeconds).ToArray();

        delays.Should().Equal(bases.Select(_ => second.Next().TotalSeconds));
        delays.Zip(bases).Should().OnlyContain(p => p.First <= p.Second && p.First >= p.Second * (1 - jitter));
        delays.Zip(bases).Should().Contain(p => p.First < p.Second, "jitter must spread the delays");
    }
}
