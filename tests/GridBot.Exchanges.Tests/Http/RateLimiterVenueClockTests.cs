using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Http;

/// <summary>
/// The limiter against a venue whose clock is skewed: windows on the venue's epoch, back-offs as durations from now plus
/// the margin, an endpoint's reported calls counted down by every request let through, and a refund only on request.
/// </summary>
public class RateLimiterVenueClockTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_020_000); // 40 s into a minute
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(200);
    private static readonly Endpoint Read = new(HttpMethod.Get, "/api/v3/openOrders", 6, Signed: true);
    private static readonly Endpoint Order = new(HttpMethod.Post, "/api/v3/order", 1, Signed: true, IsOrder: true);
    private static readonly Endpoint BybitCreate = new(HttpMethod.Post, "/v5/order/create", 1, Signed: true, IsOrder: true);

    private static (RateLimiter Limiter, HttpTestClock Clock) Create(long venueOffsetMs, params RateLimitRule[] rules)
    {
        var clock = new HttpTestClock(Start);
        var venue = new ServerClock(clock);
        venue.Sync(Start.ToUnixTimeMilliseconds() + venueOffsetMs, Start.ToUnixTimeMilliseconds(), Start.ToUnixTimeMilliseconds());
        var limiter = new RateLimiter(rules, clock);
        limiter.AlignTo(venue, Margin);
        return (limiter, clock);
    }

    [Theory]
    [InlineData(1_000, 19_000)]
    [InlineData(-1_000, 21_000)]
    [InlineData(3_000, 17_000)]
    public async Task FullWindow_VenueClockSkewed_WaitsForTheVenuesWindowEndPlusMargin(long offsetMs, long untilVenueWindowEndMs)
    {
        var (limiter, clock) = Create(offsetMs, new RateLimitRule(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 12));

        await limiter.AcquireAsync(Read, default);
        await limiter.AcquireAsync(Read, default);

        limiter.Delay(Read, clock.Now).Should().Be(TimeSpan.FromMilliseconds(untilVenueWindowEndMs) + Margin,
            "the venue's minute ends when its clock says so, not ours");
    }

    [Fact]
    public void BlockAndBlockOrdersFor_CountFromNowOnTheHostClock_PlusMargin()
    {
        var (limiter, clock) = Create(-1_000);

        limiter.BlockOrdersFor(TimeSpan.FromSeconds(10));
        var orderWait = limiter.Delay(Order, clock.Now);
        var readWait = limiter.Delay(Read, clock.Now);
        limiter.Block(TimeSpan.FromSeconds(2));

        orderWait.Should().Be(TimeSpan.FromSeconds(1) + Margin, "the venue, a second behind, is 9 s into its 10 s window");
        readWait.Should().Be(TimeSpan.Zero);
        limiter.BlockedUntil.Should().Be(Start + TimeSpan.FromSeconds(2) + Margin);
        limiter.Delay(Read, clock.Now).Should().Be(TimeSpan.FromSeconds(2) + Margin);
    }

    [Fact]
    public async Task ReportRemaining_EveryRequestCountsDown_AtZeroWaitsForTheResetPlusMargin()
    {
        var (limiter, clock) = Create(0);

        limiter.ReportRemaining(BybitCreate, 2, TimeSpan.FromMilliseconds(600));
        await limiter.AcquireAsync(BybitCreate, default); // say it got a 5xx: no report, still counted
        await limiter.AcquireAsync(BybitCreate, default); // say its connection dropped

        limiter.Delay(BybitCreate, clock.Now).Should().Be(TimeSpan.FromMilliseconds(600) + Margin);
        limiter.Delay(Read, clock.Now).Should().Be(TimeSpan.Zero, "other endpoints go on");
        clock.Now += TimeSpan.FromMilliseconds(800);
        limiter.Delay(BybitCreate, clock.Now).Should().Be(TimeSpan.Zero, "a new window");
    }

    [Fact]
    public async Task ReportRemaining_SameWindowReportsMore_CountNotRaised()
    {
        var (limiter, clock) = Create(0);
        limiter.ReportRemaining(BybitCreate, 1, TimeSpan.FromMilliseconds(500));
        await limiter.AcquireAsync(BybitCreate, default);

        // An answer produced before that request arrived still says one is left.
        limiter.ReportRemaining(BybitCreate, 1, TimeSpan.FromMilliseconds(480));

        limiter.Delay(BybitCreate, clock.Now).Should().Be(TimeSpan.FromMilliseconds(500) + Margin);
        limiter.ReportRemaining(BybitCreate, 9, TimeSpan.FromMilliseconds(1_500));
        limiter.Delay(BybitCreate, clock.Now).Should().Be(TimeSpan.Zero, "a report on the next window starts afresh");
    }

    [Fact]
    public async Task Refund_RequestThatNeverLeft_SlotsGivenBack()
    {
        var (limiter, clock) = Create(0, new RateLimitRule(RateLimitKind.Orders, TimeSpan.FromSeconds(10), 1));
        limiter.ReportRemaining(BybitCreate, 1, TimeSpan.FromMilliseconds(500));

        var lease = await limiter.AcquireAsync(BybitCreate, default);
        var spent = limiter.Delay(BybitCreate, clock.Now);
        limiter.Refund(lease);

        spent.Should().BeGreaterThan(TimeSpan.Zero);
        limiter.Delay(BybitCreate, clock.Now).Should().Be(TimeSpan.Zero);
    }
}
