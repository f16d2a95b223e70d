using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Bybit v5 public market data (<c>wss://stream.bybit.com/v5/public/spot</c> or <c>…/linear</c>): after every
/// (re)connect subscribes to <c>orderbook.1</c>, <c>tickers</c> and <c>kline.1</c> for each symbol; pings every 20 s
/// unless the options say otherwise. A rejected subscription drops the connection (re-opened with back-off).
/// </summary>
public sealed partial class BybitMarketStream : IMarketDataStream
{
    public static readonly Uri SpotUrl = new("wss://stream.bybit.com/v5/public/spot");
    public static readonly Uri LinearUrl = new("wss://stream.bybit.com/v5/public/linear");

    private readonly ReconnectingWebSocket _socket;
    private readonly Dictionary<string, Symbol> _symbols;
    private readonly BybitMarketParser _parser;
    private readonly ILogger _logger;

    public BybitMarketStream(Uri url, IReadOnlyList<Symbol> symbols, TimeProvider time, StreamConnectionOptions? options = null, ILogger? logger = null)
    {
        Guard.That(symbols is { Count: > 0 }, "at least one symbol");
        _symbols = symbols.DistinctBy(s => s.Name).ToDictionary(s => s.Name, StringComparer.Ordinal);
        _parser = new BybitMarketParser(name => _symbols.GetValueOrDefault(name));
        _logger = logger ?? NullLogger.Instance;
        var connection = options ?? new StreamConnectionOptions();
        connection = connection with { PingInterval = connection.PingInterval ?? TimeSpan.FromSeconds(20) };
        _socket = new ReconnectingWebSocket(url, connection, time, _logger) { OnOpen = SubscribeAsync };
        _socket.MessageReceived += OnMessage;
    }

    public event Action<Ticker>? TickerUpdated;

    public event Action<Symbol, Bar>? BarClosed;

    public event Action? Resynced;

    public ReconnectingWebSocket Socket => _socket;

    public Task StartAsync(CancellationToken ct) => _socket.StartAsync(ct);

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    internal string SubscribeMessage() =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["op"] = "subscribe",
            ["args"] = _symbols.Values.SelectMany(BybitMarketParser.Topics).ToArray(),
        });

    private async Task SubscribeAsync(CancellationToken ct) =>
        await _socket.SendAsync(SubscribeMessage(), ct).ConfigureAwait(false);

    private void OnMessage(string text)
    {
        if (BybitControlFrame.Read(text) is { Topic: null } control)
        {
            OnControl(control);
            return;
        }

        var update = _parser.Parse(text);
        if (!update.IsSuccess)
        {
            LogSkipped(_logger, update.Error.Message);
            return;
        }

        MarketEvents.Publish(update.Value, TickerUpdated, BarClosed, _logger, nameof(BybitMarketStream));
    }

    private void OnControl(BybitControlFrame frame)
    {
        if (frame.Op != "subscribe" || frame.Success is not { } success)
        {
            return;
        }

        if (!success)
        {
            LogSkipped(_logger, $"subscribe rejected: {frame.Message}");
            _socket.Restart($"subscribe rejected: {frame.Message}");
            return;
        }

        // On any connection but the first, even when the first never got its ack: bars may have been missed since.
        if (_socket.ConnectionCount > 1)
        {
            StreamEvents.Raise(Resynced, _logger, nameof(BybitMarketStream));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bybit market stream: skipped a message: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);
}
