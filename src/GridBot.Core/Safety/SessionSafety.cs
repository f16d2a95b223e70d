using System.Globalization;
using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>The seed's check_session_safety as a pure function over <see cref="SessionRiskState"/>.</summary>
public static class SessionSafety
{
    /// <param name="pnl">Session PnL so far, quote; negative is a loss.</param>
    /// <param name="positionValue">Signed position value, quote; the cap applies to its magnitude.</param>
    /// <param name="tradeCount">Trades since the session started.</param>
    public static SessionSafetyCheck Check(
        SessionRiskState session,
        decimal pnl,
        decimal positionValue,
        int tradeCount,
        SessionRiskLimits limits,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(limits);
        Guard.That(session.IsActive, "session is stopped");
        Guard.NonNegative(tradeCount);
        var next = session with
        {
            Pnl = pnl,
            PeakPnl = Math.Max(session.PeakPnl, pnl),
            PositionValue = positionValue,
            TradeCount = tradeCount,
            LastUpdatedAt = now,
        };
        var alerts = Alerts(next, limits, now).ToList();
        var isSafe = alerts.TrueForAll(a => a.Level < AlertLevel.Critical);
        return new SessionSafetyCheck(isSafe, alerts, next);
    }

    private static IEnumerable<SafetyAlert> Alerts(SessionRiskState s, SessionRiskLimits limits, DateTimeOffset now)
    {
        var loss = -s.Pnl;
        if (loss >= limits.MaxLoss)
        {
            yield return Alert(s, AlertType.SessionLoss, AlertLevel.Critical, now, $"Session loss {loss} reached the limit of {limits.MaxLoss}", loss, limits.MaxLoss);
        }

        var position = Math.Abs(s.PositionValue);
        if (position > limits.MaxPositionValue)
        {
            yield return Alert(s, AlertType.PositionSize, AlertLevel.Critical, now, $"Position value {position} exceeds the limit of {limits.MaxPositionValue}", position, limits.MaxPositionValue);
        }

        // Only profit handed back: from a peak of 0 the drop is the loss, already alerted above.
        var giveback = s.PeakPnl - s.Pnl;
        if (s.PeakPnl > 0m && giveback >= limits.MaxGiveback)
        {
            yield return Alert(s, AlertType.ProfitGiveback, AlertLevel.Warning, now, $"PnL is {giveback} below its peak of {s.PeakPnl}", giveback, limits.MaxGiveback);
        }

        var rate = TradesPerHour(s, now);
        if (rate > limits.MaxTradesPerHour)
        {
            yield return Alert(s, AlertType.TradeFrequency, AlertLevel.Warning, now, $"{rate:0.##} trades per hour exceeds {limits.MaxTradesPerHour}", rate, limits.MaxTradesPerHour);
        }

        foreach (var concern in s.Market?.Concerns() ?? [])
        {
            yield return new SafetyAlert(s.SessionId, AlertType.MarketConditions, AlertLevel.Warning, concern, now);
        }
    }

    /// <summary>The first hour counts as a full hour, so a burst at the start is not an infinite rate.</summary>
    private static decimal TradesPerHour(SessionRiskState s, DateTimeOffset now)
    {
        var hours = Math.Max(1.0, (now - s.StartedAt).TotalHours);
        return s.TradeCount / (decimal)hours;
    }

    private static SafetyAlert Alert(
        SessionRiskState s,
        AlertType type,
        AlertLevel level,
        DateTimeOffset now,
        FormattableString message,
        decimal value,
        decimal threshold) =>
        new(s.SessionId, type, level, message.ToString(CultureInfo.InvariantCulture), now, value, threshold);
}
