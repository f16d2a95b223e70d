namespace GridBot.Backtesting.Kernel;

/// <summary>
/// A backtest's key figures. Money is exact decimal (quote). <see cref="Fills"/> and <see cref="Buys"/> include the
/// start-up market buy (when the grid starts with sells); <see cref="Sells"/> include the flatten's sells after a
/// stop-loss or take-profit; <see cref="RoundTrips"/> counts grid sell fills, each closing the buy one level below.
/// <see cref="GridProfit"/> is the spacing those sells captured, before fees. <see cref="MaxDrawdownPct"/> is over bar
/// closes with the starting capital as the first peak; <see cref="Sharpe"/> uses UTC-daily returns annualised with √365.
/// Buy-and-hold is first open to last close, without fees. <see cref="TrailShifts"/> counts the trailing window's shifts;
/// <see cref="ExitReason"/> is "StopLoss" or "TakeProfit" when one triggered, at <see cref="ExitTimeMs"/> (the close time
/// of the bar whose close triggered it).
/// </summary>
public sealed record BacktestKpis(
    int Bars,
    int Fills,
    int Buys,
    int Sells,
    int RoundTrips,
    decimal StartingCapital,
    decimal RequiredCapital,
    decimal StartPrice,
    decimal FinalPrice,
    decimal FinalCash,
    decimal FinalBase,
    decimal FinalEquity,
    decimal ReturnPct,
    decimal GridProfit,
    decimal Fees,
    double MaxDrawdownPct,
    double Sharpe,
    decimal BuyAndHoldReturnPct,
    double ElapsedMs,
    double BarsPerSecond,
    int TrailShifts = 0,
    string? ExitReason = null,
    long? ExitTimeMs = null)
{
    /// <summary>Return over max drawdown (both in percent); 0 when there was no drawdown.</summary>
    public double Calmar => MaxDrawdownPct > 0 ? (double)ReturnPct / MaxDrawdownPct : 0.0;

    /// <summary>
    /// What the inventory made or lost (unrealized, plus what selling it at a flatten realized): FinalEquity −
    /// StartingCapital − GridProfit + Fees, so the equity change is exactly round-trip profit − fees + inventory PnL.
    /// </summary>
    public decimal InventoryPnl => FinalEquity - StartingCapital - GridProfit + Fees;
}
