using GridBot.Core.Common;

namespace GridBot.Core.Flatten;

/// <summary>Best bid and ask, both > 0. A crossed book (bid > ask) is allowed: its spread is negative.</summary>
public sealed record TopOfBook
{
    public TopOfBook(decimal bid, decimal ask)
    {
        Bid = Guard.Positive(bid);
        Ask = Guard.Positive(ask);
    }

    public decimal Bid { get; }

    public decimal Ask { get; }

    public decimal Mid => (Bid + Ask) / 2m;

    /// <summary>(ask − bid) / mid in basis points.</summary>
    public decimal SpreadBps => (Ask - Bid) / Mid * 10_000m;
}
