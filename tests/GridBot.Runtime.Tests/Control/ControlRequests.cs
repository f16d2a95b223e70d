using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>Create requests the tests start from (the fake venue quotes BTCUSDT at 60 000).</summary>
internal static class ControlRequests
{
    /// <summary>
    /// The tests run on the real clock: a one-millisecond TWAP makes each slice due by the time the previous one has
    /// filled (the flatten fill handler's Tick sends it), so a flatten ends in moments instead of five minutes.
    /// </summary>
    public const decimal InstantFlatten = 0.001m;

    /// <summary>A paper grid 55 000–65 000 around the price: 11 levels of 100 USDT, 2 000 USDT capital (enough for the start buy).</summary>
    public static CreateBotRequest Paper(string botId = "p1") => new()
    {
        BotId = botId,
        Venue = "binance",
        Market = "spot",
        Symbol = "BTCUSDT",
        Mode = "paper",
        Lower = 55_000m,
        Upper = 65_000m,
        Levels = 11,
        QuotePerLevel = 100m,
        Capital = 2_000m,
        FlattenSeconds = InstantFlatten,
    };

    /// <summary>A live spot BTCUSDT grid of <paramref name="levels"/> levels of <paramref name="quotePerLevel"/> USDT each between 59 000 and 61 000.</summary>
    public static CreateBotRequest Live(string botId, decimal quotePerLevel, int levels = 2, decimal capital = 1_000m) => new()
    {
        BotId = botId,
        Venue = "binance",
        Market = "spot",
        Symbol = "BTCUSDT",
        Mode = "live",
        Lower = 59_000m,
        Upper = 61_000m,
        Levels = levels,
        QuotePerLevel = quotePerLevel,
        Capital = capital,
        FlattenSeconds = InstantFlatten,
    };
}
