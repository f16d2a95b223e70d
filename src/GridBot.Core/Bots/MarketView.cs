using GridBot.Core.Ports;

namespace GridBot.Core.Bots;

/// <summary>
/// What the runtime observed for a Tick: the time, the price, and for each pending intent that was looked up, the
/// venue's order (null = the venue has no order with that client id).
/// </summary>
public sealed record MarketView(long NowMs, decimal? Price, IReadOnlyDictionary<string, ExchangeOrder?>? Lookups = null)
{
    public static MarketView At(long nowMs, decimal? price) => new(nowMs, price);
}
