namespace GridBot.Backtesting.Kernel;

/// <summary>
/// The kernel's money: exact decimals changed only at fills, with double copies for marking equity at every close.
/// <see cref="Sells"/> counts grid sells (each a round trip); the flatten's sells are counted by <see cref="KernelExit"/>.
/// </summary>
internal struct KernelLedger(decimal cash, decimal baseQty, decimal fees)
{
    public decimal Cash = cash;
    public decimal Base = baseQty;
    public decimal Fees = fees;
    public decimal GridProfit;
    public int Buys;
    public int Sells;
    public double CashD = (double)cash;
    public double BaseD = (double)baseQty;

    public void Sync()
    {
        CashD = (double)Cash;
        BaseD = (double)Base;
    }
}
