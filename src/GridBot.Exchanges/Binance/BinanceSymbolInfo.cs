using GridBot.Core.Market;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// One exchangeInfo symbol: the validated <see cref="SymbolRules"/> plus what they do not model. <see cref="MinPrice"/>
/// and <see cref="MaxPrice"/> are null when PRICE_FILTER disables them ("0"). <see cref="Status"/> is TRADING when open.
/// </summary>
public sealed record BinanceSymbolInfo(
    SymbolRules Rules,
    string Status,
    decimal? MinPrice,
    decimal? MaxPrice,
    BinanceLotSize? MarketLotSize)
{
    public bool IsTrading => Status == "TRADING";
}
