using System.Globalization;

namespace GridBot.Core.Errors;

/// <summary>The "should trading continue" decision over recent errors and connection health. Pure.</summary>
public static class TradingGate
{
    /// <summary>Checks, first match wins: a critical error, an unhealthy connection, too many high-severity errors, too many errors.</summary>
    public static TradingDecision Decide(ErrorStatistics errors, ConnectionHealthReport health, ErrorThresholds? thresholds = null)
    {
        var t = thresholds ?? ErrorThresholds.Default;
        var critical = errors.Count(ErrorSeverity.Critical);
        if (critical > 0)
        {
            var kinds = string.Join(", ", errors.ByKind.Keys.Where(k => k.Severity() == ErrorSeverity.Critical).Order());
            return TradingDecision.Halt(TradingHaltReason.CriticalError, Invariant($"{critical} critical error(s): {kinds}"));
        }

        if (!health.IsHealthy)
        {
            return TradingDecision.Halt(
                TradingHaltReason.UnhealthyConnection,
                Invariant($"success rate {health.SuccessRate:P0}, {health.ConsecutiveFailures} consecutive failure(s)"));
        }

        var high = errors.Count(ErrorSeverity.High);
        if (high >= t.MaxHighSeverity)
        {
            return TradingDecision.Halt(
                TradingHaltReason.TooManyHighSeverityErrors,
                Invariant($"{high} high-severity error(s), limit {t.MaxHighSeverity}"));
        }

        return errors.Total >= t.MaxTotal
            ? TradingDecision.Halt(TradingHaltReason.TooManyErrors, Invariant($"{errors.Total} error(s), limit {t.MaxTotal}"))
            : TradingDecision.Continue;
    }

    public static TradingDecision Decide(ErrorWindow errors, ConnectionHealth health, DateTimeOffset now, ErrorThresholds? thresholds = null) =>
        Decide(errors.Statistics(now), health.Report(now), thresholds);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
