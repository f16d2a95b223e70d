namespace GridBot.Testing.FakeVenues;

public enum FakeTimeInForce
{
    Gtc,
    Ioc,
    Fok,

    /// <summary>Binance LIMIT_MAKER / fapi GTX / Bybit PostOnly.</summary>
    PostOnly,
}
