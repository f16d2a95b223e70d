namespace GridBot.Exchanges.Http;

public enum RateLimitKind
{
    /// <summary>Request weight per window (Binance REQUEST_WEIGHT, Bybit requests per second).</summary>
    Weight,
    /// <summary>Orders placed per window (Binance ORDERS).</summary>
    Orders,
}
