using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// Inputs of the advanced risk model, validated: drawdown in [0, 1] (fraction of peak equity),
/// volatility score in [0, 1], correlation in [−1, 1], exposure ≥ 0 (fraction of portfolio equity),
/// loss streak ≥ 0. Levels and actions: <see cref="RiskThresholds"/>.
/// </summary>
public sealed record RiskMetrics
{
    public RiskMetrics(decimal drawdown, double volatilityScore, double correlation = 0, decimal exposure = 0m, int lossStreak = 0)
    {
        Drawdown = Guard.InRange(drawdown, 0m, 1m);
        Guard.That(volatilityScore is >= 0 and <= 1, "volatility score must be in [0, 1]");
        VolatilityScore = volatilityScore;
        Guard.That(correlation is >= -1 and <= 1, "correlation must be in [-1, 1]");
        Correlation = correlation;
        Exposure = Guard.NonNegative(exposure);
        LossStreak = Guard.NonNegative(lossStreak);
    }

    public decimal Drawdown { get; }

    public double VolatilityScore { get; }

    public double Correlation { get; }

    public decimal Exposure { get; }

    public int LossStreak { get; }

    /// <summary>The highest level among the factors (a single Critical factor makes the whole Critical).</summary>
    public RiskLevel GetRiskLevel() => new[]
    {
        RiskThresholds.ForDrawdown(Drawdown),
        RiskThresholds.ForVolatility(VolatilityScore),
        RiskThresholds.ForCorrelation(Correlation),
        RiskThresholds.ForExposure(Exposure),
        RiskThresholds.ForLossStreak(LossStreak),
    }.Max();

    /// <summary>The most severe emergency action the metrics call for.</summary>
    public EmergencyAction GetEmergencyAction()
    {
        if (Drawdown >= RiskThresholds.EmergencyStopDrawdown)
        {
            return EmergencyAction.EmergencyStop;
        }

        if (VolatilityScore >= RiskThresholds.PauseVolatility)
        {
            return EmergencyAction.PauseTrading;
        }

        return Correlation >= RiskThresholds.ReduceExposureCorrelation || Exposure >= RiskThresholds.ReduceExposureExposure
            ? EmergencyAction.ReduceExposure
            : EmergencyAction.None;
    }
}
