namespace GridBot.Backtesting.Kernel;

/// <summary>
/// What one kernel run ends with. Money fields are exact decimals; ratios are doubles. <see cref="Sells"/> are the grid's
/// sells (each a round trip). Kept free of references and of the close rules' results (<see cref="CloseRuleOutcome"/>):
/// a larger return value measurably slows the plain grid's loop.
/// </summary>
internal readonly record struct KernelOutcome(
    decimal Cash,
    decimal Base,
    decimal Fees,
    decimal GridProfit,
    int Buys,
    int Sells,
    double MaxDrawdown,
    double Sharpe);
