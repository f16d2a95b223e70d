using System.Globalization;

namespace GridBot.Core.Safety;

/// <summary>Builds <see cref="RiskReport"/>s; pure.</summary>
public static class RiskReports
{
    public static RiskReport Build(RiskMetrics metrics, MarketConditions? market, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var assessment = market?.Assess();
        var action = metrics.GetEmergencyAction();
        var recommendations = Recommend(metrics, action);
        if (assessment is { IsFavourableForGrid: false })
        {
            recommendations.AddRange(assessment.Concerns.Select(c => $"{c}; widen the grid or wait"));
        }

        if (recommendations.Count == 0)
        {
            recommendations.Add("Risk within limits: continue");
        }

        return new RiskReport(metrics.GetRiskLevel(), metrics, assessment, action, recommendations, generatedAt);
    }

    /// <summary>The seed's get_risk_report(session): the metrics with the session's latest market data.</summary>
    public static RiskReport ForSession(SessionRiskState session, RiskMetrics metrics, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Build(metrics, session.Market, generatedAt);
    }

    private static List<string> Recommend(RiskMetrics m, EmergencyAction action)
    {
        var list = new List<string>();
        if (action != EmergencyAction.None)
        {
            list.Add($"Emergency action: {action}");
        }

        if (RiskThresholds.ForDrawdown(m.Drawdown) >= RiskLevel.High)
        {
            list.Add(Invariant($"Drawdown {m.Drawdown:P1}: reduce size or stop until reviewed"));
        }

        if (RiskThresholds.ForVolatility(m.VolatilityScore) >= RiskLevel.High)
        {
            list.Add(Invariant($"Volatility score {m.VolatilityScore:0.00}: widen grid spacing or pause"));
        }

        if (RiskThresholds.ForCorrelation(m.Correlation) >= RiskLevel.High)
        {
            list.Add(Invariant($"Correlation {m.Correlation:0.00}: positions move together, reduce exposure"));
        }

        if (RiskThresholds.ForExposure(m.Exposure) >= RiskLevel.High)
        {
            list.Add(Invariant($"Exposure {m.Exposure:P1}: above the portfolio cap, reduce exposure"));
        }

        if (RiskThresholds.ForLossStreak(m.LossStreak) >= RiskLevel.High)
        {
            list.Add(Invariant($"{m.LossStreak} losses in a row: pause and review the grid"));
        }

        return list;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
