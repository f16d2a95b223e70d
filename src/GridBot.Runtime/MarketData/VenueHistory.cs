using System.Collections.Concurrent;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.MarketData;

/// <summary>
/// One unsigned REST client per venue and market (klines are public: no keys are sent), built like
/// <see cref="Control.BotVenues"/> builds its clients, so they share the venue's rate limits and error table.
/// </summary>
/// <param name="baseUrl">The REST base URL for a venue and market.</param>
public sealed class VenueHistory(Func<Venue, MarketType, Uri> baseUrl, int recvWindowMs, TimeProvider time, ILogger logger, HttpClient http) : IVenueHistory
{
    private readonly ConcurrentDictionary<(Venue, MarketType), IKlineHistory> _clients = new();

    /// <summary>The base URL of <paramref name="options"/> (a testnet or simulator) for every venue, else each venue's production URL.</summary>
    public static VenueHistory FromOptions(ExchangeOptions options, TimeProvider time, ILogger logger, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.BaseUri();
        return new VenueHistory((v, m) => configured ?? new Uri(VenueClients.DefaultBaseUrl(v, m)), options.RecvWindowMs, time, logger, http);
    }

    public Result<IKlineHistory> For(Venue venue, MarketType market)
    {
        if (venue is not (Venue.Binance or Venue.Bybit))
        {
            return new Error(ErrorKind.Other, "NoHistory", $"venue {venue} has no kline history");
        }

        var client = _clients.GetOrAdd((venue, market), key => (IKlineHistory)VenueClients.Create(
            key.Item1, key.Item2, new RestOptions { BaseUrl = baseUrl(key.Item1, key.Item2), RecvWindowMs = recvWindowMs }, credentials: null, time, logger, http));
        return Result<IKlineHistory>.Ok(client);
    }
}
