using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Clients;

namespace GridBot.Runtime.MarketData;

/// <summary>A venue's public kline history for one market: what <see cref="DailyBarsJob"/> reads bars from.</summary>
public interface IVenueHistory
{
    /// <summary>The history client for (<paramref name="venue"/>, <paramref name="market"/>), or an error for a venue with no history (paper).</summary>
    Result<IKlineHistory> For(Venue venue, MarketType market);
}
