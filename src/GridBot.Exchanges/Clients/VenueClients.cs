using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Clients;

/// <summary>Builds the <see cref="IExchange"/> for a venue and market on the shared pipeline.</summary>
public static class VenueClients
{
    public static string DefaultBaseUrl(Venue venue, MarketType market) => (venue, market) switch
    {
        (Venue.Binance, MarketType.Spot) => "https://api.binance.com",
        (Venue.Binance, MarketType.Perp) => "https://fapi.binance.com",
        (Venue.Bybit, _) => "https://api.bybit.com",
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "no REST API for this venue"),
    };

    public static IExchange Create(Venue venue, MarketType market, RestOptions options, ApiCredentials? credentials, TimeProvider time, ILogger logger, HttpClient http)
    {
        Guard.NotNull(options);
        IVenueProtocol protocol = venue switch
        {
            Venue.Binance => new BinanceProtocol(market),
            Venue.Bybit => new BybitProtocol(),
            _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "no REST API for this venue"),
        };
        var limits = venue == Venue.Binance ? BinanceProtocol.DefaultLimits(market) : BybitProtocol.DefaultLimits;
        var rest = new RestPipeline(http, protocol, options, credentials, new RateLimiter(limits, time), time, logger);
        return venue == Venue.Binance ? new BinanceExchange(market, rest, time) : new BybitExchange(market, rest, time);
    }
}
