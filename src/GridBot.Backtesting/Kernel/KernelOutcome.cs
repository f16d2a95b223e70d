namespace GridBot.Backtesting.Kernel;

/// <summary>What one kernel run ends with. Money fields are exact decimals; ratios are doubles.</summary>
internal readonly record struct KernelOutcome(
    decimal Cash,
    decimal Base,
    decimal Fees,
    decimal GridProfit,
    int Buys,
    int Sells,
    double MaxDrawdown,
    double Sharpe);
