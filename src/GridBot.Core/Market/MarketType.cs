namespace GridBot.Core.Market;

public enum MarketType
{
    Spot,
    /// <summary>USDT-margined linear perpetual (Binance USDⓈ-M, Bybit linear).</summary>
    Perp,
}
