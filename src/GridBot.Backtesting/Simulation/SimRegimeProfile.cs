namespace GridBot.Backtesting.Simulation;

/// <summary>
/// How one regime moves the market. Units: <see cref="DriftPerMinute"/> and <see cref="VolatilityPerMinute"/> are
/// in natural-log price per 1-minute bar; <see cref="IdleProbability"/> is the chance a bar has no trade (flat at
/// the previous close, zero volume); a regime lasts <see cref="MinMinutes"/> plus an exponential with mean
/// <see cref="MeanExtraMinutes"/>; <see cref="BaseVolume"/> is in base units (BTC) per active bar.
/// </summary>
/// <remarks>
/// Calibrated against BTCUSDC 1m, 2023-03-01..03-21 (30,240 bars, the USDC banking-crisis crash and rebound),
/// measured with a throwaway script:
/// <list type="bullet">
/// <item>std of 1m log returns 0.001116 overall; per-minute equivalent at 5m/60m/1d horizons 0.00103/0.00113/0.00100
/// (no microstructure mean reversion to speak of); excess kurtosis 36.</item>
/// <item>Hourly std quantiles p10 0.00024, p50 0.00066, p90 0.00153, p99 0.0039. Calm hours (≤ median): std 0.00040,
/// (high−low)/close 0.00013, 67% flat, 52% zero volume, 0.074 BTC/bar. Middle hours: std 0.00103, range 0.00048,
/// 53% flat. Volatile hours (≥ p90): std 0.00239, range 0.00196, 30% flat, 21% zero volume, 0.34 BTC/bar.</item>
/// <item>Mean (high−low)/close 0.000451 (median 0); 42.9% zero-volume bars, 57.9% flat bars (high = low).</item>
/// <item>Volume mean 0.128 BTC/bar, median 0.0147; non-zero bars median 0.071, mean 0.224; corr(|return|, volume) 0.34.</item>
/// <item>Worst drawdown 8.9% in 9 minutes (03-11 14:03–14:12), 10.3% within a day, 12.7% within three days;
/// daily log moves up to +9.1% (03-17) and −6.4% (03-09).</item>
/// <item>In 54% of bars the open differs from the previous close: this thin pair's first trade in a minute rarely
/// repeats the last one, so much of the move falls between bars and outside their ranges. The simulator's bars are
/// continuous by contract, so its mean range runs about 1.5× the file's for the same return std.</item>
/// </list>
/// The table below gives, over 30 days (seeds 1, 2, 3, 42, 2024): std of 1m log returns 0.00087–0.00106, mean
/// (high−low)/close 0.00057–0.00074, 57–59% zero-volume (= flat) bars, median hourly std 0.00044–0.00065,
/// corr(|return|, volume) 0.45–0.51; expected time shares (from the chain) Calm 54%, TrendUp 21%, TrendDown 21%,
/// Crash 0.4%, Recovery 3.2%, i.e. about 4.5 crashes per 30 days (a one-year run of seed 7 has 48, median drawdown
/// 6.9%, smallest 4.1%, largest 22.7%), and a long-run drift of about +0.03% a day. Within a regime the volatility is multiplied
/// by a mean-one lognormal (σ 0.35) redrawn every hour, for the file's spread of hourly volatilities.
/// </remarks>
public readonly record struct SimRegimeProfile(
    double DriftPerMinute,
    double VolatilityPerMinute,
    double IdleProbability,
    int MinMinutes,
    double MeanExtraMinutes,
    double BaseVolume)
{
    /// <summary>Calm: the quiet hours of the file (std 0.0004, mostly idle); lasts 2 h + ~5 h.</summary>
    public static readonly SimRegimeProfile Calm = new(0.0, 0.00035, 0.65, 120, 300, 0.10);

    /// <summary>Trend up: +0.36%/h drift at the file's middle-hour volatility; lasts 1 h + ~3 h.</summary>
    public static readonly SimRegimeProfile TrendUp = new(0.00006, 0.0012, 0.50, 60, 180, 0.18);

    /// <summary>Trend down: the mirror of <see cref="TrendUp"/>.</summary>
    public static readonly SimRegimeProfile TrendDown = new(-0.00006, 0.0012, 0.50, 60, 180, 0.18);

    /// <summary>Crash: −0.22%/min for 15 min + ~20 min (≥ 3.3% at the shortest, ~7.7% on average), std 0.0035.</summary>
    public static readonly SimRegimeProfile Crash = new(-0.0022, 0.0035, 0.10, 15, 20, 0.80);

    /// <summary>Recovery: +0.025%/min for 2 h + ~4 h (~+9%), sized so crashes and rebounds roughly cancel in the long run.</summary>
    public static readonly SimRegimeProfile Recovery = new(0.00025, 0.0018, 0.30, 120, 240, 0.35);

    public static SimRegimeProfile For(SimRegime regime) => regime switch
    {
        SimRegime.Calm => Calm,
        SimRegime.TrendUp => TrendUp,
        SimRegime.TrendDown => TrendDown,
        SimRegime.Crash => Crash,
        SimRegime.Recovery => Recovery,
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "unknown regime"),
    };
}
