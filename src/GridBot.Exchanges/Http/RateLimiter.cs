using GridBot.Core.Common;

namespace GridBot.Exchanges.Http;

/// <summary>
/// Keeps requests inside the venue's limits before the venue has to say so: each rule counts units in fixed windows
/// aligned to the epoch of the venue's clock (once <see cref="AlignTo"/> has given it; the host's clock until then); a
/// request that would exceed a rule waits for the next window. The venue's own counters (e.g.
/// <c>X-MBX-USED-WEIGHT-1M</c>) replace ours when reported. After a 429/418 (or Bybit 10006) nothing is sent until the
/// <c>Retry-After</c> time has passed; after an order-count refusal only new orders wait; when a venue says an endpoint
/// has few or no calls left in its window (Bybit's <c>X-Bapi-Limit-Status</c>) that endpoint's calls are counted down
/// and it waits for the reset at zero. Every request is counted when it is let through, whatever its answer turns out
/// to be; only one that provably never left may be given back (<see cref="Refund"/>). Back-offs are durations counted
/// on the host's clock from when the answer arrived, padded by a margin. Thread-safe.
/// </summary>
public sealed partial class RateLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<RuleCounter> _counters;
    private ServerClock? _venueClock;
    private TimeSpan _margin;
    private DateTimeOffset _blockedUntil;
    private DateTimeOffset _ordersBlockedUntil;

    public RateLimiter(IEnumerable<RateLimitRule> rules, TimeProvider time)
    {
        _time = Guard.NotNull(time);
        _counters = Guard.NotNull(rules).Select(r => new RuleCounter(Guard.NotNull(r))).ToList();
    }

    /// <summary>
    /// The margin a pipeline adds to every wait whose end the venue decides (a window end on its clock, a Retry-After,
    /// a reset time): whole-second answers, clock-offset error and latency must not land a request just too early.
    /// </summary>
    public static TimeSpan DefaultMargin { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>When the venue told us to stop until (429/418 Retry-After, margin included), or <see cref="DateTimeOffset.MinValue"/>.</summary>
    public DateTimeOffset BlockedUntil
    {
        get
        {
            lock (_gate)
            {
                return _blockedUntil;
            }
        }
    }

    /// <summary>
    /// Counts windows on <paramref name="venueClock"/> (the venue's epoch-aligned windows, whatever the host's clock says)
    /// and pads every wait the venue decides by <paramref name="margin"/>. The pipeline that owns this limiter calls it.
    /// </summary>
    public void AlignTo(ServerClock venueClock, TimeSpan margin)
    {
        Guard.That(margin >= TimeSpan.Zero, "the margin cannot be negative");
        lock (_gate)
        {
            _venueClock = Guard.NotNull(venueClock);
            _margin = margin;
        }
    }

    /// <summary>Replaces the rules (e.g. with the limits a venue publishes in exchangeInfo); counts start afresh.</summary>
    public void Configure(IEnumerable<RateLimitRule> rules)
    {
        lock (_gate)
        {
            _counters.Clear();
            _counters.AddRange(Guard.NotNull(rules).Select(r => new RuleCounter(Guard.NotNull(r))));
        }
    }

    /// <summary>Waits until <paramref name="endpoint"/> may be sent, then counts it (every rule, and the endpoint's calls left).</summary>
    public async Task<RateLimitLease> AcquireAsync(Endpoint endpoint, CancellationToken ct)
    {
        Guard.NotNull(endpoint);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                wait = DelayLocked(endpoint, now);
                if (wait <= TimeSpan.Zero)
                {
                    return CountLocked(endpoint, now);
                }
            }

            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>How long <paramref name="endpoint"/> would have to wait at <paramref name="now"/> (host time; zero when it may go).</summary>
    public TimeSpan Delay(Endpoint endpoint, DateTimeOffset now)
    {
        lock (_gate)
        {
            return DelayLocked(endpoint, now);
        }
    }

    /// <summary>The venue's own count for a rule (from a response header) replaces ours for its current window.</summary>
    public void ReportUsed(RateLimitKind kind, TimeSpan window, int used)
    {
        lock (_gate)
        {
            var venueMs = VenueMs(_time.GetUtcNow());
            foreach (var c in _counters.Where(c => c.Rule.Kind == kind && c.Rule.Window == window))
            {
                c.Set(venueMs, used);
            }
        }
    }

    /// <summary>Nothing goes out before <paramref name="retryAfter"/> (plus the margin) from now: the venue asked us to back off.</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = _time.GetUtcNow() + retryAfter + _margin;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }

    /// <summary>
    /// The venue refused an order because its order count for <paramref name="window"/> is spent (Binance -1015, a 429
    /// without Retry-After): no new order goes out before that window ends on the venue's clock (windows are aligned to
    /// its epoch, so a daily limit lasts until 00:00 UTC there); cancels and reads are not held up.
    /// </summary>
    public void BlockOrdersFor(TimeSpan window)
    {
        Guard.That(window > TimeSpan.Zero, "an order-count window must be positive");
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var venueMs = VenueMs(now);
            var windowMs = (long)window.TotalMilliseconds;
            var until = now + TimeSpan.FromMilliseconds((((venueMs / windowMs) + 1) * windowMs) - venueMs) + _margin;
            if (until > _ordersBlockedUntil)
            {
                _ordersBlockedUntil = until;
            }
        }
    }

    private static int Units(RateLimitRule rule, Endpoint endpoint) =>
        rule.Kind == RateLimitKind.Weight ? endpoint.Weight : endpoint.IsOrder ? 1 : 0;

    private long VenueMs(DateTimeOffset now) => now.ToUnixTimeMilliseconds() + (_venueClock?.OffsetMs ?? 0L);

    private TimeSpan DelayLocked(Endpoint endpoint, DateTimeOffset now)
    {
        var until = endpoint.IsOrder && _ordersBlockedUntil > _blockedUntil ? _ordersBlockedUntil : _blockedUntil;
        if (EndpointHeldUntilLocked(endpoint, now) is { } held && held > until)
        {
            until = held;
        }

        var wait = until > now ? until - now : TimeSpan.Zero;
        var venueMs = VenueMs(now);
        foreach (var c in _counters)
        {
            var units = Units(c.Rule, endpoint);
            if (units > 0 && c.Used(venueMs) + units > c.Rule.Limit)
            {
                var next = TimeSpan.FromMilliseconds(c.WindowEndMs(venueMs) - venueMs) + _margin;
                wait = next > wait ? next : wait;
            }
        }

        return wait;
    }

    private RateLimitLease CountLocked(Endpoint endpoint, DateTimeOffset now)
    {
        var venueMs = VenueMs(now);
        foreach (var c in _counters)
        {
            c.Add(venueMs, Units(c.Rule, endpoint));
        }

        return new RateLimitLease(endpoint, venueMs, TakeFromBudgetLocked(endpoint, now));
    }
}
