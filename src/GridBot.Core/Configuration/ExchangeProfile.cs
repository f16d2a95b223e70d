using GridBot.Core.Market;

namespace GridBot.Core.Configuration;

/// <summary>Which markets the bot may trade (the seed's <c>"spot"</c>, <c>"perp"</c>, <c>"spot+perp"</c>).</summary>
public enum ExchangeProfile
{
    Spot,
    Perp,
    SpotAndPerp,
}

public static class ExchangeProfileExtensions
{
    public static bool Includes(this ExchangeProfile profile, MarketType market) => profile switch
    {
        ExchangeProfile.Spot => market == MarketType.Spot,
        ExchangeProfile.Perp => market == MarketType.Perp,
        ExchangeProfile.SpotAndPerp => true,
        _ => false,
    };
}
