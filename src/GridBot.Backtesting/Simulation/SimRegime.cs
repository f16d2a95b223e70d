namespace GridBot.Backtesting.Simulation;

/// <summary>The state of the simulator's regime Markov chain during one bar.</summary>
public enum SimRegime
{
    Calm,
    TrendUp,
    TrendDown,
    Crash,
    Recovery,
}
