using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Binance market data on one combined-stream connection: <c>&lt;symbol&gt;@bookTicker</c> and (unless turned off)
/// <c>&lt;symbol&gt;@kline_1m</c> for each symbol. The subscription is in the URL, so every reconnect resubscribes.
/// </summary>
public sealed partial class BinanceMarketStream : IMarketDataStream
{
    public static readonly Uri MainnetBaseUrl = new("wss://stream.binance.com:9443");
    public static readonly Uri TestnetBaseUrl = new("wss://stream.testnet.binance.vision");

    private readonly ReconnectingWebSocket _socket;
    private readonly Dictionary<string, Symbol> _symbols;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="baseUrl">The stream base; its path is kept (USDⓈ-M futures routes by path: <c>/public</c>, <c>/market</c>).</param>
    /// <param name="klines">False for book ticker only (USDⓈ-M serves klines and book tickers on different paths).</param>
    public BinanceMarketStream(
        Uri baseUrl, IReadOnlyList<Symbol> symbols, TimeProvider time, StreamConnectionOptions? options = null, ILogger? logger = null, bool klines = true)
    {
        Guard.That(symbols is { Count: > 0 }, "at least one symbol");
        _symbols = symbols.DistinctBy(s => s.Name).ToDictionary(s => s.Name, StringComparer.Ordinal);
        _time = Guard.NotNull(time);
        _logger = logger ?? NullLogger.Instance;
        var url = new Uri(Guard.NotNull(baseUrl).GetLeftPart(UriPartial.Path).TrimEnd('/') + BinanceMarketParser.CombinedStreamPath(_symbols.Values, klines));
        _socket = new ReconnectingWebSocket(url, options ?? new StreamConnectionOptions(), time, _logger);
        _socket.MessageReceived += OnMessage;
        _socket.Connected += isReconnect =>
        {
            if (isReconnect)
            {
                StreamEvents.Raise(Resynced, _logger, nameof(BinanceMarketStream));
            }
        };
    }

    public event Action<Ticker>? TickerUpdated;

    public event Action<Symbol, Bar>? BarClosed;

    public event Action? Resynced;

    public ReconnectingWebSocket Socket => _socket;

    public Task StartAsync(CancellationToken ct) => _socket.StartAsync(ct);

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    private void OnMessage(string text)
    {
        var update = BinanceMarketParser.Parse(text, name => _symbols.GetValueOrDefault(name), _time.GetUtcNow().ToUnixTimeMilliseconds());
        if (!update.IsSuccess)
        {
            LogSkipped(_logger, update.Error.Message);
            return;
        }

        MarketEvents.Publish(update.Value, TickerUpdated, BarClosed, _logger, nameof(BinanceMarketStream));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binance market stream: skipped a message: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
