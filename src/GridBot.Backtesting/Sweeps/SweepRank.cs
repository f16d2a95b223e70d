namespace GridBot.Backtesting.Sweeps;

public enum SweepRank
{
    Return,
    Sharpe,
    /// <summary>Return over max drawdown.</summary>
    Calmar,
}
