using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Paper;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Control;

/// <summary>
/// The venues a server host trades: one REST client per venue and market (keyed when <see cref="ExchangeOptions"/> has
/// keys), and for each paper bot its own paper exchange quoted at that venue's prices. Paper books live in memory:
/// after a restart a paper bot starts from a fresh book (its orders are re-sent by reconciliation).
/// </summary>
public sealed class BotVenues(ExchangeOptions options, TimeProvider time, ILogger logger, HttpClient http) : IBotVenues
{
    private readonly ConcurrentDictionary<(Venue, MarketType), IExchange> _clients = new();
    private readonly ConcurrentDictionary<string, IExchange> _paper = new(StringComparer.Ordinal);

    public async Task<Result<SymbolRules>> GetRulesAsync(Venue venue, MarketType market, Symbol symbol, CancellationToken ct) =>
        Tradable(venue) is { } refused ? refused : await Client(venue, market).GetRulesAsync(symbol, ct).ConfigureAwait(false);

    public async Task<Result<decimal>> GetAccountEquityAsync(Venue venue, MarketType market, Symbol symbol, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (Tradable(venue) is { } refused)
        {
            return refused;
        }

        if (!options.HasCredentials())
        {
            return new Error(ErrorKind.Auth, "NoKeys", $"live trading needs {ExchangeOptions.SectionName}:ApiKey and {ExchangeOptions.SectionName}:ApiSecret");
        }

        var client = Client(venue, market);
        var balances = await client.GetBalancesAsync(ct).ConfigureAwait(false);
        if (!balances.IsSuccess)
        {
            return balances.Error;
        }

        var ticker = await client.GetTickerAsync(symbol, ct).ConfigureAwait(false);
        if (!ticker.IsSuccess)
        {
            return ticker.Error;
        }

        decimal Total(string asset) => balances.Value.Where(b => b.Asset == asset).Sum(b => b.Free + b.Locked);
        return Total(symbol.QuoteAsset) + (Total(symbol.BaseAsset) * ticker.Value.Last);
    }

    public IExchange ExchangeFor(BotConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.Paper)
        {
            return Client(config.Venue, config.Market);
        }

        return _paper.GetOrAdd(config.BotId, _ => new VenueQuotedPaperExchange(
            new PaperExchange(new PaperExchangeOptions
            {
                Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital, Market = config.Market, Venue = config.Venue,
            }, time),
            Client(config.Venue, config.Market),
            time));
    }

    private static Error? Tradable(Venue venue) =>
        venue is Venue.Binance or Venue.Bybit ? null : new Error(ErrorKind.Other, "NoVenue", $"venue {venue} has no market to trade: use binance or bybit");

    private IExchange Client(Venue venue, MarketType market) => _clients.GetOrAdd((venue, market), key => VenueClients.Create(
        key.Item1,
        key.Item2,
        new RestOptions { BaseUrl = options.BaseUri() ?? new Uri(VenueClients.DefaultBaseUrl(key.Item1, key.Item2)), RecvWindowMs = options.RecvWindowMs },
        options.HasCredentials() ? new ApiCredentials(options.ApiKey!, options.ApiSecret!) : null,
        time,
        logger,
        http));
}
