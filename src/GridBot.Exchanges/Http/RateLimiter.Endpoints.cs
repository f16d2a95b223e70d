using GridBot.Core.Common;

namespace GridBot.Exchanges.Http;

/// <summary>Per-endpoint limits a venue reports (Bybit's per-UID limits), and giving back a request that never left.</summary>
public sealed partial class RateLimiter
{
    /// <summary>Two reports whose resets are closer than this speak of the same window (the rest is latency).</summary>
    private static readonly TimeSpan SameWindow = TimeSpan.FromMilliseconds(500);

    private readonly Dictionary<Endpoint, DateTimeOffset> _endpointHolds = [];
    private readonly Dictionary<Endpoint, EndpointBudget> _budgets = [];

    /// <summary>
    /// The venue reported that <paramref name="endpoint"/> has no calls left until <paramref name="until"/> (host time; a
    /// per-endpoint limit, like Bybit's per-UID limits): that endpoint waits until then, plus the margin; others go on.
    /// </summary>
    public void HoldEndpoint(Endpoint endpoint, DateTimeOffset until)
    {
        Guard.NotNull(endpoint);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            PruneLocked(now);
            var padded = until + _margin;
            if (until > now && (!_endpointHolds.TryGetValue(endpoint, out var held) || padded > held))
            {
                _endpointHolds[endpoint] = padded;
            }
        }
    }

    /// <summary>
    /// The venue reported that <paramref name="endpoint"/> has <paramref name="remaining"/> calls left in a window that
    /// resets in <paramref name="resetIn"/> (a duration, counted from now). Each call let through until then counts one
    /// down, whatever its answer (a 5xx or a dropped connection carries no report, yet the venue counted it); at zero
    /// the endpoint waits for the reset plus the margin. A report on the same window never raises the count: calls
    /// sent after the venue produced it are still on their way.
    /// </summary>
    public void ReportRemaining(Endpoint endpoint, int remaining, TimeSpan resetIn)
    {
        Guard.NotNull(endpoint);
        if (resetIn <= TimeSpan.Zero)
        {
            return;
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            PruneLocked(now);
            var resetAt = now + resetIn;
            if (_budgets.TryGetValue(endpoint, out var budget) && resetAt - budget.ResetAt < SameWindow)
            {
                budget.Remaining = Math.Min(budget.Remaining, Math.Max(0, remaining));
                budget.ResetAt = resetAt > budget.ResetAt ? resetAt : budget.ResetAt;
            }
            else
            {
                _budgets[endpoint] = new EndpointBudget(Math.Max(0, remaining), resetAt);
            }
        }
    }

    /// <summary>
    /// Gives back what <paramref name="lease"/> counted, for a request that provably never left this host (the
    /// connection was refused, the name did not resolve): the venue never counted it. Counts of windows that have
    /// ended since are left alone.
    /// </summary>
    public void Refund(RateLimitLease lease)
    {
        Guard.NotNull(lease);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var venueMs = VenueMs(now);
            foreach (var c in _counters)
            {
                c.Remove(lease.CountedAtVenueMs, venueMs, Units(c.Rule, lease.Endpoint));
            }

            if (lease.BudgetResetAt is { } reset && _budgets.TryGetValue(lease.Endpoint, out var budget)
                && budget.ResetAt > now && (budget.ResetAt - reset).Duration() < SameWindow)
            {
                budget.Remaining++;
            }
        }
    }

    private DateTimeOffset? EndpointHeldUntilLocked(Endpoint endpoint, DateTimeOffset now)
    {
        DateTimeOffset? held = _endpointHolds.TryGetValue(endpoint, out var hold) && hold > now ? hold : null;
        if (_budgets.TryGetValue(endpoint, out var budget) && budget.Remaining <= 0 && budget.ResetAt + _margin > now)
        {
            var until = budget.ResetAt + _margin;
            held = held is { } h && h > until ? h : until;
        }

        return held;
    }

    /// <summary>Counts one call down from the endpoint's reported budget; returns the budget's reset, or null when none is known.</summary>
    private DateTimeOffset? TakeFromBudgetLocked(Endpoint endpoint, DateTimeOffset now)
    {
        if (!_budgets.TryGetValue(endpoint, out var budget))
        {
            return null;
        }

        if (budget.ResetAt <= now)
        {
            _budgets.Remove(endpoint);
            return null;
        }

        budget.Remaining--;
        return budget.ResetAt;
    }

    private void PruneLocked(DateTimeOffset now)
    {
        foreach (var expired in _endpointHolds.Where(h => h.Value <= now).Select(h => h.Key).ToList())
        {
            _endpointHolds.Remove(expired);
        }

        foreach (var expired in _budgets.Where(b => b.Value.ResetAt + _margin <= now).Select(b => b.Key).ToList())
        {
            _budgets.Remove(expired);
        }
    }
}
