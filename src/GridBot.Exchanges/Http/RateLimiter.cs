using GridBot.Core.Common;

namespace GridBot.Exchanges.Http;

/// <summary>
/// Keeps requests inside the venue's limits before the venue has to say so: each rule counts units in fixed windows
/// aligned to the epoch; a request that would exceed a rule waits for the next window. The venue's own counters
/// (e.g. <c>X-MBX-USED-WEIGHT-1M</c>) replace ours when reported. After a 429/418 (or Bybit 10006) nothing is sent
/// until the <c>Retry-After</c> time has passed; after an order-count refusal only new orders wait; when a venue says
/// an endpoint has no calls left in its window (Bybit's <c>X-Bapi-Limit-Status: 0</c>) only that endpoint waits for
/// the reset. Thread-safe.
/// </summary>
public sealed class RateLimiter
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly List<Counter> _counters;
    private readonly Dictionary<Endpoint, DateTimeOffset> _endpointHolds = [];
    private DateTimeOffset _blockedUntil;
    private DateTimeOffset _ordersBlockedUntil;

    public RateLimiter(IEnumerable<RateLimitRule> rules, TimeProvider time)
    {
        _time = Guard.NotNull(time);
        _counters = Guard.NotNull(rules).Select(r => new Counter(Guard.NotNull(r))).ToList();
    }

    /// <summary>Replaces the rules (e.g. with the limits a venue publishes in exchangeInfo); counts start afresh.</summary>
    public void Configure(IEnumerable<RateLimitRule> rules)
    {
        lock (_gate)
        {
            _counters.Clear();
            _counters.AddRange(Guard.NotNull(rules).Select(r => new Counter(Guard.NotNull(r))));
        }
    }

    /// <summary>When the venue told us to stop until (429/418 Retry-After), or <see cref="DateTimeOffset.MinValue"/>.</summary>
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

    /// <summary>Waits until <paramref name="endpoint"/> may be sent, then counts it.</summary>
    public async Task AcquireAsync(Endpoint endpoint, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                wait = Delay(endpoint, now);
                if (wait <= TimeSpan.Zero)
                {
                    foreach (var c in _counters)
                    {
                        c.Add(now, Units(c.Rule, endpoint));
                    }

                    return;
                }
            }

            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>How long <paramref name="endpoint"/> would have to wait now (zero when it may go).</summary>
    public TimeSpan Delay(Endpoint endpoint, DateTimeOffset now)
    {
        lock (_gate)
        {
            var until = endpoint.IsOrder && _ordersBlockedUntil > _blockedUntil ? _ordersBlockedUntil : _blockedUntil;
            if (_endpointHolds.TryGetValue(endpoint, out var held) && held > until)
            {
                until = held;
            }

            var wait = until > now ? until - now : TimeSpan.Zero;
            foreach (var c in _counters)
            {
                var units = Units(c.Rule, endpoint);
                if (units > 0 && c.Used(now) + units > c.Rule.Limit)
                {
                    var next = c.WindowEnd(now) - now;
                    wait = next > wait ? next : wait;
                }
            }

            return wait;
        }
    }

    /// <summary>The venue's own count for a rule (from a response header) replaces ours for the current window.</summary>
    public void ReportUsed(RateLimitKind kind, TimeSpan window, int used)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var c in _counters.Where(c => c.Rule.Kind == kind && c.Rule.Window == window))
            {
                c.Set(now, used);
            }
        }
    }

    /// <summary>Nothing goes out before <paramref name="retryAfter"/> from now (the venue asked us to back off).</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }

    /// <summary>
    /// The venue reported that <paramref name="endpoint"/> has no calls left until <paramref name="until"/> (a
    /// per-endpoint limit, like Bybit's per-UID limits): that endpoint waits until then; others go on.
    /// </summary>
    public void HoldEndpoint(Endpoint endpoint, DateTimeOffset until)
    {
        Guard.NotNull(endpoint);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var expired in _endpointHolds.Where(h => h.Value <= now).Select(h => h.Key).ToList())
            {
                _endpointHolds.Remove(expired);
            }

            if (until > now && (!_endpointHolds.TryGetValue(endpoint, out var held) || until > held))
            {
                _endpointHolds[endpoint] = until;
            }
        }
    }

    /// <summary>
    /// The venue refused an order because its order count for <paramref name="window"/> is spent (Binance -1015, a 429
    /// without Retry-After): no new order goes out before that window ends (windows are aligned to the epoch, so a
    /// daily limit lasts until 00:00 UTC); cancels and reads are not held up.
    /// </summary>
    public void BlockOrdersFor(TimeSpan window)
    {
        Guard.That(window > TimeSpan.Zero, "an order-count window must be positive");
        lock (_gate)
        {
            var ms = (long)window.TotalMilliseconds;
            var until = DateTimeOffset.FromUnixTimeMilliseconds(((_time.GetUtcNow().ToUnixTimeMilliseconds() / ms) + 1) * ms);
            if (until > _ordersBlockedUntil)
            {
                _ordersBlockedUntil = until;
            }
        }
    }

    private static int Units(RateLimitRule rule, Endpoint endpoint) =>
        rule.Kind == RateLimitKind.Weight ? endpoint.Weight : endpoint.IsOrder ? 1 : 0;

    private sealed class Counter(RateLimitRule rule)
    {
        private long _window = long.MinValue;
        private int _used;

        public RateLimitRule Rule { get; } = rule;

        public int Used(DateTimeOffset now) => WindowOf(now) == _window ? _used : 0;

        public void Add(DateTimeOffset now, int units)
        {
            Roll(now);
            _used += units;
        }

        public void Set(DateTimeOffset now, int used)
        {
            Roll(now);
            _used = used;
        }

        public DateTimeOffset WindowEnd(DateTimeOffset now) =>
            DateTimeOffset.FromUnixTimeMilliseconds((WindowOf(now) + 1) * (long)Rule.Window.TotalMilliseconds);

        private void Roll(DateTimeOffset now)
        {
            var window = WindowOf(now);
            if (window != _window)
            {
                _window = window;
                _used = 0;
            }
        }

        private long WindowOf(DateTimeOffset now) => now.ToUnixTimeMilliseconds() / (long)Rule.Window.TotalMilliseconds;
    }
}
