using GridBot.Core.Flatten;
using GridBot.Core.Ports;

namespace GridBot.Core.Bots;

/// <summary>
/// What the runtime observed for an operation: the time, the price, for a Tick the venue's answer for each pending
/// intent that was looked up (null = the venue has no order with that client id), the best bid and ask while the bot
/// flattens, and the quote price of each third asset fees were charged in (BNB), read from the venue once per tick.
/// </summary>
public sealed record MarketView(
    long NowMs,
    decimal? Price,
    IReadOnlyDictionary<string, ExchangeOrder?>? Lookups = null,
    TopOfBook? Quote = null,
    IReadOnlyDictionary<string, decimal>? FeePrices = null)
{
    public static MarketView At(long nowMs, decimal? price) => new(nowMs, price);
}
