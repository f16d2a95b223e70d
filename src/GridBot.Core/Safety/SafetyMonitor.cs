using System.Globalization;

namespace GridBot.Core.Safety;

/// <summary>
/// Pure safety checks of a <see cref="SafetyMetrics"/> snapshot against <see cref="RiskLimits"/>.
/// Mapping: position, daily loss, drawdown → Flatten; loss streak → Pause; API errors →
/// EmergencyStop; order size, price deviation → CancelOrders. See <see cref="RiskLimits"/> for when
/// a limit counts as breached (caps: &gt;, tolerances: ≥).
/// </summary>
public static class SafetyMonitor
{
    private static readonly LimitRule[] Rules =
    [
        new(SafetyEventKind.PositionLimit, SafetyAction.Flatten, BreachedAtLimit: false),
        new(SafetyEventKind.OrderSize, SafetyAction.CancelOrders, BreachedAtLimit: false),
        new(SafetyEventKind.DailyLoss, SafetyAction.Flatten, BreachedAtLimit: true),
        new(SafetyEventKind.Drawdown, SafetyAction.Flatten, BreachedAtLimit: true),
        new(SafetyEventKind.ConsecutiveLosses, SafetyAction.Pause, BreachedAtLimit: true),
        new(SafetyEventKind.ApiErrors, SafetyAction.EmergencyStop, BreachedAtLimit: true),
        new(SafetyEventKind.PriceDeviation, SafetyAction.CancelOrders, BreachedAtLimit: true),
    ];

    /// <summary>Every limit; the action is the highest among the events raised.</summary>
    public static SafetyAssessment Assess(SafetyMetrics metrics, RiskLimits limits) =>
        SafetyAssessment.Of(Check(metrics, limits, Rules.Select(r => r.Kind)));

    /// <summary>
    /// As <see cref="Assess(SafetyMetrics, RiskLimits)"/>, then advances each breaker with the
    /// metric it watches; a breaker still tripped adds its own event, so its action outlives the
    /// spike that tripped it until its window has passed. Returns the breakers' next states.
    /// </summary>
    public static BreakerAssessment Assess(SafetyMetrics metrics, RiskLimits limits, IReadOnlyList<SafetyBreaker> breakers)
    {
        ArgumentNullException.ThrowIfNull(breakers);
        var events = Check(metrics, limits, Rules.Select(r => r.Kind)).ToList();
        var next = new List<SafetyBreaker>(breakers.Count);
        foreach (var breaker in breakers)
        {
            var value = metrics.ValueOf(breaker.Watches);
            var advanced = breaker with { State = breaker.State.Check(value, metrics.ObservedAt) };
            next.Add(advanced);
            if (advanced.State.IsTripped)
            {
                events.Add(BreakerEvent(advanced, value, metrics.ObservedAt));
            }
        }

        return new BreakerAssessment(SafetyAssessment.Of(events), next);
    }

    /// <summary>Position value and order size caps.</summary>
    public static IReadOnlyList<SafetyEvent> CheckPositionLimits(SafetyMetrics metrics, RiskLimits limits) =>
        Check(metrics, limits, [SafetyEventKind.PositionLimit, SafetyEventKind.OrderSize]);

    /// <summary>Daily loss, drawdown and loss streak.</summary>
    public static IReadOnlyList<SafetyEvent> CheckLossLimits(SafetyMetrics metrics, RiskLimits limits) =>
        Check(metrics, limits, [SafetyEventKind.DailyLoss, SafetyEventKind.Drawdown, SafetyEventKind.ConsecutiveLosses]);

    /// <summary>Price deviation and API errors (the venue's health is a market condition for the bot).</summary>
    public static IReadOnlyList<SafetyEvent> CheckMarketConditions(SafetyMetrics metrics, RiskLimits limits) =>
        Check(metrics, limits, [SafetyEventKind.PriceDeviation, SafetyEventKind.ApiErrors]);

    /// <summary>Every metric against its limit, with the events raised.</summary>
    public static SafetyStatus Status(SafetyMetrics metrics, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(limits);
        var usage = Rules
            .Select(r => new LimitUsage(r.Kind, metrics.ValueOf(r.Kind), limits.LimitOf(r.Kind), r.IsBreached(metrics, limits)))
            .ToList();
        var assessment = Assess(metrics, limits);
        var level = assessment.Events.Aggregate(AlertLevel.Info, (max, e) => e.Level > max ? e.Level : max);
        return new SafetyStatus(assessment.Action, level, usage, assessment.Events, metrics.ObservedAt);
    }

    private static List<SafetyEvent> Check(SafetyMetrics metrics, RiskLimits limits, IEnumerable<SafetyEventKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(limits);
        var wanted = kinds.ToHashSet();
        return Rules
            .Where(r => wanted.Contains(r.Kind) && r.IsBreached(metrics, limits))
            .Select(r => r.ToEvent(metrics, limits))
            .ToList();
    }

    private static SafetyEvent BreakerEvent(SafetyBreaker breaker, decimal value, DateTimeOffset at)
    {
        var state = breaker.State;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Circuit breaker '{state.Name}' tripped at {state.TrippedAt:O}; {breaker.ActionWhileTripped} until {state.ResetsAt:O}");
        return new SafetyEvent(
            SafetyEventKind.CircuitBreaker,
            breaker.ActionWhileTripped.ToAlertLevel(),
            breaker.ActionWhileTripped,
            message,
            value,
            state.Threshold,
            at);
    }

    private sealed record LimitRule(SafetyEventKind Kind, SafetyAction Action, bool BreachedAtLimit)
    {
        public bool IsBreached(SafetyMetrics metrics, RiskLimits limits)
        {
            var value = metrics.ValueOf(Kind);
            var limit = limits.LimitOf(Kind);
            return BreachedAtLimit ? value >= limit : value > limit;
        }

        public SafetyEvent ToEvent(SafetyMetrics metrics, RiskLimits limits)
        {
            var value = metrics.ValueOf(Kind);
            var limit = limits.LimitOf(Kind);
            var verb = BreachedAtLimit ? "reached" : "exceeds";
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{Describe(Kind)} {Format(Kind, value)} {verb} the limit of {Format(Kind, limit)}: {Action}");
            return new SafetyEvent(Kind, Action.ToAlertLevel(), Action, message, value, limit, metrics.ObservedAt);
        }

        private static string Describe(SafetyEventKind kind) => kind switch
        {
            SafetyEventKind.PositionLimit => "Position value",
            SafetyEventKind.DailyLoss => "Daily loss",
            SafetyEventKind.Drawdown => "Drawdown",
            SafetyEventKind.ConsecutiveLosses => "Consecutive losses",
            SafetyEventKind.ApiErrors => "API errors",
            SafetyEventKind.OrderSize => "Order notional",
            SafetyEventKind.PriceDeviation => "Price deviation",
            _ => kind.ToString(),
        };

        private static string Format(SafetyEventKind kind, decimal value) =>
            kind is SafetyEventKind.Drawdown or SafetyEventKind.PriceDeviation
                ? value.ToString("P2", CultureInfo.InvariantCulture)
                : value.ToString(CultureInfo.InvariantCulture);
    }
}
