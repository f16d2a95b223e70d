using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// The market as the risk model sees it. <see cref="TrendStrength"/> is ADX (0–100),
/// <see cref="AtrPercent"/> is ATR in percent of price (1.5 = 1.5%).
/// </summary>
public sealed record MarketConditions
{
    public MarketConditions(MarketRegime volatility, MarketTrend trend, double trendStrength, double atrPercent, bool correlationBreakdown = false)
    {
        Volatility = volatility;
        Trend = trend;
        Guard.That(trendStrength is >= 0 and <= 100, "trend strength (ADX) must be in [0, 100]");
        TrendStrength = trendStrength;
        Guard.That(atrPercent >= 0 && double.IsFinite(atrPercent), "ATR% must be a finite number >= 0");
        AtrPercent = atrPercent;
        CorrelationBreakdown = correlationBreakdown;
    }

    public MarketRegime Volatility { get; }

    public MarketTrend Trend { get; }

    public double TrendStrength { get; }

    public double AtrPercent { get; }

    /// <summary>The usual correlations between this pair and the book no longer hold.</summary>
    public bool CorrelationBreakdown { get; }

    /// <summary>
    /// From indicator values: the volatility regime from ATR% (bands in <see cref="RiskThresholds"/>);
    /// the trend is Sideways while ADX &lt; 25, otherwise up or down by the larger directional index.
    /// </summary>
    public static MarketConditions Classify(double atrPercent, double adx, double plusDi, double minusDi, bool correlationBreakdown = false)
    {
        var trend = adx < RiskThresholds.WeakTrendAdx ? MarketTrend.Sideways
            : plusDi >= minusDi ? MarketTrend.TrendingUp
            : MarketTrend.TrendingDown;
        return new MarketConditions(RiskThresholds.RegimeForAtrPercent(atrPercent), trend, adx, atrPercent, correlationBreakdown);
    }

    /// <summary>
    /// A grid earns from oscillation: it wants calm or normal volatility, a sideways market, a weak
    /// trend (ADX &lt; 25) and intact correlations.
    /// </summary>
    public bool IsFavourableForGrid() => Concerns().Count == 0;

    public MarketAssessment Assess() => new(this, IsFavourableForGrid(), Concerns());

    /// <summary>Why the market does not favour a grid; empty when it does.</summary>
    public IReadOnlyList<string> Concerns()
    {
        var concerns = new List<string>();
        if (Volatility > MarketRegime.Normal)
        {
            concerns.Add($"Volatility is {Volatility}: a grid wants Calm or Normal");
        }

        if (Trend != MarketTrend.Sideways)
        {
            concerns.Add($"Market is {Trend}: a grid wants a sideways market");
        }

        if (TrendStrength >= RiskThresholds.WeakTrendAdx)
        {
            concerns.Add(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Trend strength ADX {TrendStrength:0.#} is at or above {RiskThresholds.WeakTrendAdx:0.#}"));
        }

        if (CorrelationBreakdown)
        {
            concerns.Add("Correlation breakdown: usual relationships between pairs no longer hold");
        }

        return concerns;
    }
}
