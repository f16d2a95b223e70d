using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>Best bid/ask and last trade price at <see cref="TimeMs"/> (UTC ms).</summary>
public sealed record Ticker(Symbol Symbol, decimal Bid, decimal Ask, decimal Last, long TimeMs)
{
    public decimal Mid => (Bid + Ask) / 2m;
}
