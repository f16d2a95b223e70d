namespace GridBot.Core.Ports;

public enum OrderType
{
    /// <summary>Limit, good till cancelled.</summary>
    Limit,
    /// <summary>Post-only limit (Binance LIMIT_MAKER, Bybit PostOnly): rejected instead of taking liquidity.</summary>
    LimitMaker,
    /// <summary>Limit, immediate or cancel.</summary>
    LimitIoc,
    Market,
}
