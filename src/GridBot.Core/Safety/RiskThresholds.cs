namespace GridBot.Core.Safety;

/// <summary>
/// The thresholds of the advanced risk model, in one place. Each level starts at its threshold
/// (value ≥ threshold); below the Medium threshold a factor is Low. Drawdown and exposure are
/// fractions (of peak equity and of portfolio equity); volatility score is in [0, 1]; ATR% is in
/// percent (1.5 = 1.5% of price); ADX is the usual 0–100 index.
/// </summary>
public static class RiskThresholds
{
    public const decimal DrawdownMedium = 0.05m;
    public const decimal DrawdownHigh = 0.10m;
    public const decimal DrawdownCritical = 0.20m;

    public const double VolatilityMedium = 0.40;
    public const double VolatilityHigh = 0.60;
    public const double VolatilityCritical = 0.80;

    /// <summary>Correlation with the rest of the book concentrates risk but is never Critical alone.</summary>
    public const double CorrelationMedium = 0.70;
    public const double CorrelationHigh = 0.90;

    /// <summary>Medium at the per-pair cap (15%), High at the portfolio cap (30%).</summary>
    public const decimal ExposureMedium = 0.15m;
    public const decimal ExposureHigh = 0.30m;
    public const decimal ExposureCritical = 0.50m;

    public const int LossStreakMedium = 3;
    public const int LossStreakHigh = 5;
    public const int LossStreakCritical = 8;

    /// <summary>Emergency actions: drawdown ≥ 0.20 stops, volatility ≥ 0.80 pauses, correlation ≥ 0.90 or exposure ≥ 0.50 reduces.</summary>
    public const decimal EmergencyStopDrawdown = DrawdownCritical;
    public const double PauseVolatility = VolatilityCritical;
    public const double ReduceExposureCorrelation = CorrelationHigh;
    public const decimal ReduceExposureExposure = ExposureCritical;

    /// <summary>ADX below this is a weak trend (the conventional 25).</summary>
    public const double WeakTrendAdx = 25.0;

    /// <summary>Upper bounds (exclusive) of ATR% for Calm, Normal and Volatile; at or above the last is Extreme.</summary>
    public const double CalmAtrPercent = 1.0;
    public const double NormalAtrPercent = 3.0;
    public const double VolatileAtrPercent = 6.0;

    public static RiskLevel ForDrawdown(decimal drawdown) =>
        Level(drawdown >= DrawdownMedium, drawdown >= DrawdownHigh, drawdown >= DrawdownCritical);

    public static RiskLevel ForVolatility(double score) =>
        Level(score >= VolatilityMedium, score >= VolatilityHigh, score >= VolatilityCritical);

    public static RiskLevel ForCorrelation(double correlation) =>
        Level(correlation >= CorrelationMedium, correlation >= CorrelationHigh, critical: false);

    public static RiskLevel ForExposure(decimal exposure) =>
        Level(exposure >= ExposureMedium, exposure >= ExposureHigh, exposure >= ExposureCritical);

    public static RiskLevel ForLossStreak(int losses) =>
        Level(losses >= LossStreakMedium, losses >= LossStreakHigh, losses >= LossStreakCritical);

    public static MarketRegime RegimeForAtrPercent(double atrPercent) => atrPercent switch
    {
        < CalmAtrPercent => MarketRegime.Calm,
        < NormalAtrPercent => MarketRegime.Normal,
        < VolatileAtrPercent => MarketRegime.Volatile,
        _ => MarketRegime.Extreme,
    };

    private static RiskLevel Level(bool medium, bool high, bool critical) =>
        critical ? RiskLevel.Critical : high ? RiskLevel.High : medium ? RiskLevel.Medium : RiskLevel.Low;
}
