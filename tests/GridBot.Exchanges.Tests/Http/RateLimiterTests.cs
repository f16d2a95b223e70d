using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Http;

public class RateLimiterTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_020_000); // 40 s into a minute
    private static readonly Endpoint Heavy = new(HttpMethod.Get, "/api/v3/exchangeInfo", 20, Signed: false);
    private static readonly Endpoint Order = new(HttpMethod.Post, "/api/v3/order", 1, Signed: true, IsOrder: true);

    private static (RateLimiter Limiter, HttpTestClock Clock) Create(params RateLimitRule[] rules)
    {
        var clock = new HttpTestClock(Start);
        return (new RateLimiter(rules, clock), clock);
    }

    [Fact]
    public async Task Acquire_UnderLimit_NoWait()
    {
        var (limiter, clock) = Create(new RateLimitRule(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 100));

        for (var i = 0; i < 5; i++)
        {
            await limiter.AcquireAsync(Heavy, default);
        }

        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.FromSeconds(20), "100 weight used; the window ends at the next minute");
    }

    [Fact]
    public void ReportUsed_ServerCountReplacesOurs()
    {
        var (limiter, clock) = Create(new RateLimitRule(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 1200));

        limiter.ReportUsed(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 1190);

        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.FromSeconds(20));
        clock.Now += TimeSpan.FromSeconds(20);
        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.Zero, "a new window starts empty");
    }

    [Fact]
    public async Task OrderRule_CountsOnlyOrders()
    {
        var (limiter, clock) = Create(new RateLimitRule(RateLimitKind.Orders, TimeSpan.FromSeconds(10), 2));

        await limiter.AcquireAsync(Order, default);
        await limiter.AcquireAsync(Heavy, default);
        await limiter.AcquireAsync(Order, default);

        limiter.Delay(Order, clock.Now).Should().BeGreaterThan(TimeSpan.Zero);
        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Block_RetryAfter_StopsEverythingUntilThen()
    {
        var (limiter, clock) = Create();

        limiter.Block(TimeSpan.FromSeconds(30));

        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.FromSeconds(30));
        limiter.Delay(Order, clock.Now + TimeSpan.FromSeconds(29)).Should().Be(TimeSpan.FromSeconds(1));
        limiter.Delay(Order, clock.Now + TimeSpan.FromSeconds(30)).Should().Be(TimeSpan.Zero);
        limiter.Block(TimeSpan.FromSeconds(5));
        limiter.BlockedUntil.Should().Be(Start + TimeSpan.FromSeconds(30), "a shorter ban never shortens a longer one");
    }

    [Fact]
    public async Task Acquire_Cancelled_WhileWaiting_Throws()
    {
        var (limiter, _) = Create();
        limiter.Block(TimeSpan.FromHours(1));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var act = () => limiter.AcquireAsync(Heavy, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void BlockOrdersFor_HoldsOrdersToTheWindowEnd_ReadsGoOn()
    {
        var (limiter, clock) = Create(new RateLimitRule(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 6000));

        limiter.BlockOrdersFor(TimeSpan.FromMinutes(1));

        limiter.Delay(Order, clock.Now).Should().Be(TimeSpan.FromSeconds(20), "40 s into the minute: the order window ends in 20 s");
        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.Zero);
        limiter.BlockedUntil.Should().Be(DateTimeOffset.MinValue, "nothing else is blocked");
    }

    [Fact]
    public void BlockOrdersFor_Day_LastsUntilMidnightUtc()
    {
        var (limiter, clock) = Create();

        limiter.BlockOrdersFor(TimeSpan.FromDays(1));

        var midnight = new DateTimeOffset(clock.Now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        limiter.Delay(Order, clock.Now).Should().Be(midnight - clock.Now);
    }

    [Fact]
    public void HoldEndpoint_HoldsOnlyThatEndpointUntilTheReset()
    {
        var (limiter, clock) = Create();

        limiter.HoldEndpoint(Order, clock.Now + TimeSpan.FromMilliseconds(700));
        limiter.HoldEndpoint(Order, clock.Now + TimeSpan.FromMilliseconds(300));

        limiter.Delay(Order, clock.Now).Should().Be(TimeSpan.FromMilliseconds(700), "a shorter hold does not shorten a longer one");
        limiter.Delay(Heavy, clock.Now).Should().Be(TimeSpan.Zero, "other endpoints are not held");
        limiter.BlockedUntil.Should().Be(DateTimeOffset.MinValue);
        clock.Now += TimeSpan.FromMilliseconds(700);
        limiter.Delay(Order, clock.Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void HoldEndpoint_InThePast_Ignored()
    {
        var (limiter, clock) = Create();

        limiter.HoldEndpoint(Order, clock.Now - TimeSpan.FromSeconds(1));

        limiter.Delay(Order, clock.Now).Should().Be(TimeSpan.Zero);
    }
}
