using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Builds the WebSocket streams that go with a REST base URL. The venues' production and testnet REST hosts map to
/// their published stream hosts; any other host (a local simulator or the test fakes) is assumed to serve the streams
/// itself on the same authority, at the venue's own paths (<c>/ws-api/v3</c>, <c>/ws</c>, <c>/v5/private</c>,
/// <c>/v5/public/…</c>), over ws for http and wss for https.
/// </summary>
public static class VenueStreams
{
    private static readonly Dictionary<string, KnownHost> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["api.binance.com"] = new(BinanceUserStream.MainnetUrl, BinanceMarketStream.MainnetBaseUrl),
        ["testnet.binance.vision"] = new(BinanceUserStream.TestnetUrl, BinanceMarketStream.TestnetBaseUrl),
        ["api.bybit.com"] = new(BybitPrivateStream.MainnetUrl, new Uri("wss://stream.bybit.com")),
        ["api.bytick.com"] = new(BybitPrivateStream.MainnetUrl, new Uri("wss://stream.bybit.com")),
        ["api-testnet.bybit.com"] = new(BybitPrivateStream.TestnetUrl, new Uri("wss://stream-testnet.bybit.com")),

        // USDⓈ-M futures: the listenKey user stream lives under /private since 2026-04-23 (the stream adds /ws/<key>).
        ["fapi.binance.com"] = new(BinanceFuturesUserStream.MainnetUrl, new Uri("wss://fstream.binance.com/public")),
        ["testnet.binancefuture.com"] = new(BinanceFuturesUserStream.TestnetUrl, new Uri("wss://fstream.binancefuture.com")),
    };

    /// <summary>
    /// Where the account's order and fill events come from for this venue, market and REST base URL; for Binance
    /// USDⓈ-M futures the stream host, to which the listenKey path is added per connection.
    /// </summary>
    public static Uri UserStreamUrl(Venue venue, MarketType market, Uri restBaseUrl)
    {
        Guard.NotNull(restBaseUrl);
        if (Known.TryGetValue(restBaseUrl.Host, out var known))
        {
            return known.User;
        }

        return (venue, market) switch
        {
            (Venue.Binance, MarketType.Spot) => SameHost(restBaseUrl, "/ws-api/v3"),
            (Venue.Binance, _) => SameHost(restBaseUrl, "/"),
            (Venue.Bybit, _) => SameHost(restBaseUrl, "/v5/private"),
            _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "no user stream for this venue"),
        };
    }

    /// <summary>
    /// The public market-data stream for this venue, market and REST base URL: book ticker and 1m klines, except on
    /// Binance USDⓈ-M, where book tickers are served under <c>/public</c> and klines under <c>/market</c>, so only the
    /// book ticker (all the paper book needs) is streamed.
    /// </summary>
    public static Uri MarketStreamUrl(Venue venue, MarketType market, Uri restBaseUrl)
    {
        Guard.NotNull(restBaseUrl);
        var host = Known.TryGetValue(restBaseUrl.Host, out var known) ? known.Market : SameHost(restBaseUrl, "/");
        return venue switch
        {
            Venue.Binance => host,
            Venue.Bybit => new Uri(host, market == MarketType.Spot ? "/v5/public/spot" : "/v5/public/linear"),
            _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "no market stream for this venue"),
        };
    }

    /// <summary>The account's order and fill events, signed with <paramref name="credentials"/> and the client's venue clock.</summary>
    public static IUserEventStream CreateUserStream(
        IExchange client, Uri restBaseUrl, ApiCredentials credentials, Symbol symbol, TimeProvider time, ILogger logger,
        StreamConnectionOptions? options = null, int recvWindowMs = 5_000)
    {
        Guard.NotNull(client);
        var url = UserStreamUrl(client.Venue, client.Market, restBaseUrl);
        Symbol? Resolve(string name) => string.Equals(name, symbol.Name, StringComparison.OrdinalIgnoreCase) ? symbol : null;
        return client switch
        {
            BinanceExchange binance when binance.Market == MarketType.Spot =>
                new BinanceUserStream(url, credentials, time, options, logger) { Clock = binance.Clock, ResolveSymbol = Resolve, RecvWindowMs = recvWindowMs },
            BinanceExchange binance => new BinanceFuturesUserStream(url, binance, time, options, logger) { ResolveSymbol = Resolve },
            BybitExchange bybit => new BybitPrivateStream(url, credentials, time, options, logger) { Clock = bybit.Clock, ResolveSymbol = Resolve },
            _ => throw new ArgumentOutOfRangeException(nameof(client), client.GetType().Name, "no user stream for this client"),
        };
    }

    /// <summary>Book ticker and closed 1m bars for <paramref name="symbol"/>.</summary>
    public static IMarketDataStream CreateMarketStream(
        Venue venue, MarketType market, Uri restBaseUrl, Symbol symbol, TimeProvider time, ILogger logger, StreamConnectionOptions? options = null)
    {
        var url = MarketStreamUrl(venue, market, restBaseUrl);
        return venue == Venue.Binance
            ? new BinanceMarketStream(url, [symbol], time, options, logger, klines: market == MarketType.Spot)
            : new BybitMarketStream(url, [symbol], time, options, logger);
    }

    private static Uri SameHost(Uri restBaseUrl, string path) =>
        new UriBuilder(restBaseUrl) { Scheme = restBaseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws", Path = path, Query = string.Empty }.Uri;

    private sealed record KnownHost(Uri User, Uri Market);
}
