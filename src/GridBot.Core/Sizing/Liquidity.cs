namespace GridBot.Core.Sizing;

public enum Liquidity
{
    /// <summary>A resting limit order that was filled by someone else.</summary>
    Maker,
    /// <summary>An order that removed liquidity (market, IOC, or a crossing limit).</summary>
    Taker,
}
