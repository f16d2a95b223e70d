using GridBot.Backtesting.Kernel;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>The reference simulator's account: exact decimal cash, base and fees, and the fills in order.</summary>
public sealed class ReferenceBook(decimal cash, decimal baseQty, decimal fees, List<SimFill> fills)
{
    public decimal Cash { get; set; } = cash;

    public decimal Base { get; set; } = baseQty;

    public decimal Fees { get; set; } = fees;

    public List<SimFill> Fills { get; } = fills;
}
