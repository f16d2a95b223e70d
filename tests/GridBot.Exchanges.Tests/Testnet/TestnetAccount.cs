namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>One set of testnet keys: Binance spot and USDⓈ-M testnets issue separate keys; Bybit's one key trades spot and linear.</summary>
public enum TestnetAccount
{
    BinanceSpot,
    BinanceFutures,
    Bybit,
}
