using GridBot.Core.Market;

namespace GridBot.Exchanges.Bybit;

/// <summary>The v5 <c>category</c> of a market: spot, or linear for USDT perpetuals.</summary>
public static class BybitCategory
{
    public const string Spot = "spot";
    public const string Linear = "linear";

    public static string Of(MarketType market) => market == MarketType.Spot ? Spot : Linear;

    public static MarketType? Parse(string? category) => category switch
    {
        Spot => MarketType.Spot,
        Linear => MarketType.Perp,
        _ => null,
    };
}
