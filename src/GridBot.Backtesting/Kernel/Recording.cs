namespace GridBot.Backtesting.Kernel;

[Flags]
public enum Recording
{
    None = 0,
    Fills = 1,
    Equity = 2,
    All = Fills | Equity,
}
