namespace GridBot.Backtesting.Simulation;

/// <summary>
/// The regime Markov chain, sampled when a regime's duration runs out (a semi-Markov chain: durations come from
/// <see cref="SimRegimeProfile"/>, not from a per-minute exit probability, so a crash always lasts tens of minutes).
/// Crashes mostly start from a down trend and mostly end in a recovery, as in March 2023.
/// </summary>
internal static class SimRegimeChain
{
    public const SimRegime Initial = SimRegime.Calm;

    /// <summary>The regime after <paramref name="from"/>; <paramref name="u"/> is uniform in [0, 1).</summary>
    public static SimRegime Next(SimRegime from, double u) => from switch
    {
        SimRegime.Calm => u < 0.49 ? SimRegime.TrendUp : u < 0.98 ? SimRegime.TrendDown : SimRegime.Crash,
        SimRegime.TrendUp => u < 0.72 ? SimRegime.Calm : u < 0.97 ? SimRegime.TrendDown : SimRegime.Crash,
        SimRegime.TrendDown => u < 0.69 ? SimRegime.Calm : u < 0.94 ? SimRegime.TrendUp : SimRegime.Crash,
        SimRegime.Crash => u < 0.85 ? SimRegime.Recovery : SimRegime.TrendDown,
        SimRegime.Recovery => u < 0.60 ? SimRegime.Calm : SimRegime.TrendUp,
        _ => throw new ArgumentOutOfRangeException(nameof(from), from, "unknown regime"),
    };
}
