using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class RetryPolicyTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static List<TimeSpan?> Sequence(RetryPolicy policy, int attempts) =>
        Enumerable.Range(1, attempts).Select(a => policy.Delay(a)).ToList();

    [Fact]
    public void Delay_Network_OneTwoFourSecondsThenNull()
    {
        Sequence(RetrySchedule.For(ErrorCategory.Network), 4).Should().Equal(S(1), S(2), S(4), null);
    }

    [Fact]
    public void Delay_Api_TwoToThirtyTwoSecondsThenNull()
    {
        Sequence(RetrySchedule.For(ErrorCategory.Api), 6).Should().Equal(S(2), S(4), S(8), S(16), S(32), null);
    }

    [Fact]
    public void Delay_Trading_HalfSecondThenOneThenNull()
    {
        Sequence(RetrySchedule.For(ErrorCategory.Trading), 3).Should().Equal(S(0.5), S(1), null);
    }

    [Theory]
    [InlineData(ErrorCategory.Auth)]
    [InlineData(ErrorCategory.System)]
    public void Delay_NoRetryCategories_NullAtOnce(ErrorCategory category)
    {
        RetrySchedule.For(category).Delay(1).Should().BeNull();
    }

    [Fact]
    public void Delay_BaseTenSecondsTenRetries_CapsAtSixtySeconds()
    {
        var policy = new RetryPolicy(10, S(10), RetryPolicy.DefaultMaxDelay);

        Sequence(policy, 11).Should().Equal(S(10), S(20), S(40), S(60), S(60), S(60), S(60), S(60), S(60), S(60), null);
        policy.Factor.Should().Be(2.0);
    }

    [Fact]
    public void Delay_HugeAttempt_CapsWithoutOverflow()
    {
        new RetryPolicy(int.MaxValue, S(1), S(60)).Delay(5000).Should().Be(S(60));
    }

    [Theory]
    [InlineData(1, 5, 5)]   // server's 5 s beats our 1 s
    [InlineData(3, 3, 4)]   // our 4 s beats the server's 3 s
    [InlineData(3, 120, 120)] // the server's word beats even our 60 s cap
    public void Delay_RetryAfter_LargerWins(int attempt, double retryAfterSeconds, double expectedSeconds)
    {
        RetrySchedule.Network.Delay(attempt, S(retryAfterSeconds)).Should().Be(S(expectedSeconds));
    }

    [Fact]
    public void Delay_RetryAfterWhenExhausted_StillNull()
    {
        RetrySchedule.Network.Delay(4, S(5)).Should().BeNull();
    }

    [Fact]
    public void Delay_AttemptZero_IsABug()
    {
        var act = () => RetrySchedule.Network.Delay(0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Delays_Network_ListsTheSchedule()
    {
        RetrySchedule.Network.Delays().Should().Equal(S(1), S(2), S(4));
    }

    [Theory]
    [InlineData(ErrorKind.Network, 3)]
    [InlineData(ErrorKind.RateLimited, 5)]
    [InlineData(ErrorKind.InvalidTimestamp, 5)]
    [InlineData(ErrorKind.UnknownStatus, 0)]
    [InlineData(ErrorKind.DuplicateClientOrderId, 0)]
    [InlineData(ErrorKind.FilterFailure, 0)]
    [InlineData(ErrorKind.Auth, 0)]
    public void ForKind_NeverResendsWhatMustBeReconciled(ErrorKind kind, int maxRetries)
    {
        RetrySchedule.For(kind).MaxRetries.Should().Be(maxRetries);
    }
}
