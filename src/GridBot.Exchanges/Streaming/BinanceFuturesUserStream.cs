using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Binance USDⓈ-M futures user data over a listenKey stream (futures kept the listenKey that spot retired on
/// 2026-02-20). Before every (re)connect it asks <see cref="IListenKeyApi"/> for the key — the venue returns the active
/// one, or a new one after expiry, and extends it by 60 minutes — and connects to <c>&lt;streamBase&gt;/ws/&lt;key&gt;</c>.
/// While connected it extends the key every <see cref="KeepAliveInterval"/>; a keepalive answered with -1125 or a
/// <c>listenKeyExpired</c> event drops the connection so the next one starts with a fresh key. There is no subscribe
/// ack: an open connection is live, so <see cref="Resynced"/> is raised after every connection but the first.
/// The key is never logged at Information or above: only the stream base appears in logs.
/// </summary>
public sealed partial class BinanceFuturesUserStream : IUserEventStream
{
    /// <summary>The private (user data) base: Binance retired the undivided <c>wss://fstream.binance.com/ws</c> on 2026-04-23.</summary>
    public static readonly Uri MainnetUrl = new("wss://fstream.binance.com/private");

    public static readonly Uri TestnetUrl = new("wss://fstream.binancefuture.com");

    private readonly ReconnectingWebSocket _socket;
    private readonly IListenKeyApi _keys;
    private readonly Uri _streamBase;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Task _keepAlive = Task.CompletedTask;

    public BinanceFuturesUserStream(Uri streamBase, IListenKeyApi keys, TimeProvider time, StreamConnectionOptions? options = null, ILogger? logger = null)
    {
        _streamBase = Guard.NotNull(streamBase);
        _keys = Guard.NotNull(keys);
        _time = Guard.NotNull(time);
        _logger = logger ?? NullLogger.Instance;
        _socket = new ReconnectingWebSocket(streamBase, ResolveAsync, options ?? new StreamConnectionOptions(), time, _logger)
        {
            OnOpen = StartKeepAlive,
        };
        _socket.MessageReceived += OnMessage;
        _socket.Connected += OnConnected;
    }

    public event Action<ExchangeOrder>? OrderUpdated;

    public event Action<ExchangeFill>? FillReceived;

    public event Action? Resynced;

    /// <summary>Raised for every trade with its realised PnL (<c>rp</c>, quote asset), which <see cref="ExchangeFill"/> cannot carry.</summary>
    public event Action<ExchangeFill, decimal>? RealizedProfit;

    /// <summary>How often the key is extended while connected; Binance keeps a key 60 minutes and advises every 30.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Names a venue symbol (e.g. from exchangeInfo); <see cref="Symbol.TryParse"/> when null.</summary>
    public Func<string, Symbol?>? ResolveSymbol { get; init; }

    public ReconnectingWebSocket Socket => _socket;

    public Task StartAsync(CancellationToken ct)
    {
        Guard.That(KeepAliveInterval > TimeSpan.Zero, "KeepAliveInterval > 0");
        return _socket.StartAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _socket.DisposeAsync().ConfigureAwait(false);
        await Volatile.Read(ref _keepAlive).ConfigureAwait(false);
    }

    /// <summary>The stream address for <paramref name="listenKey"/> under <paramref name="streamBase"/>.</summary>
    public static Uri StreamUrl(Uri streamBase, string listenKey) =>
        new(Guard.NotNull(streamBase).AbsoluteUri.TrimEnd('/') + "/ws/" + Uri.EscapeDataString(Guard.NotBlank(listenKey)));

    private async Task<Uri?> ResolveAsync(CancellationToken ct)
    {
        var key = await _keys.CreateListenKeyAsync(ct).ConfigureAwait(false);
        if (!key.IsSuccess)
        {
            LogNoKey(_logger, key.Error);
            return null;
        }

        return StreamUrl(_streamBase, key.Value);
    }

    /// <summary>Runs as the socket's OnOpen: one keep-alive loop per connection, ended with it.</summary>
    private Task StartKeepAlive(CancellationToken connection)
    {
        Volatile.Write(ref _keepAlive, KeepAliveAsync(connection));
        return Task.CompletedTask;
    }

    private async Task KeepAliveAsync(CancellationToken connection)
    {
        using var timer = new PeriodicTimer(KeepAliveInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(connection).ConfigureAwait(false))
            {
                var kept = await _keys.KeepAliveListenKeyAsync(connection).ConfigureAwait(false);
                if (kept.IsSuccess)
                {
                    LogKeptAlive(_logger);
                }
                else if (BinanceErrors.IsInvalidListenKey(kept.Error))
                {
                    _socket.Restart("the listenKey no longer exists");
                    return;
                }
                else
                {
                    LogKeepAliveFailed(_logger, kept.Error);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended: its keep-alive ends with it.
        }
    }

    private void OnConnected(bool isReconnect)
    {
        if (isReconnect)
        {
            StreamEvents.Raise(Resynced, _logger, nameof(BinanceFuturesUserStream));
        }
    }

    private void OnMessage(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            // Stream mode wraps events as {"stream":…,"data":{…}}; ws mode sends them bare.
            var e = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
            var type = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("e", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            switch (type)
            {
                case BinanceOrderTradeUpdate.EventType:
                    OnOrderTradeUpdate(e);
                    break;
                case "listenKeyExpired":
                    _socket.Restart("the listenKey expired");
                    break;
                case null:
                    LogSkipped(_logger, "not an event object");
                    break;
                default:
                    LogIgnored(_logger, type); // ACCOUNT_UPDATE, TRADE_LITE, ACCOUNT_CONFIG_UPDATE, MARGIN_CALL…
                    break;
            }
        }
        catch (JsonException e)
        {
            LogSkipped(_logger, e.Message);
        }
    }

    private void OnOrderTradeUpdate(JsonElement e)
    {
        var update = BinanceOrderTradeUpdate.Parse(e, ResolveSymbol);
        if (!update.IsSuccess)
        {
            LogSkipped(_logger, update.Error.Message);
            return;
        }

        if (update.Value.Order is { } order)
        {
            StreamEvents.Raise(OrderUpdated, order, _logger, nameof(BinanceFuturesUserStream));
        }

        if (update.Value.Fill is { } fill)
        {
            StreamEvents.Raise(FillReceived, fill, _logger, nameof(BinanceFuturesUserStream));
            StreamEvents.Raise(RealizedProfit, fill, update.Value.RealizedProfit, _logger, nameof(BinanceFuturesUserStream));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binance futures user stream: no listenKey, will retry: {Error}")]
    private static partial void LogNoKey(ILogger logger, Error error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Binance futures user stream: listenKey extended")]
    private static partial void LogKeptAlive(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binance futures user stream: listenKey keepalive failed, retrying at the next interval: {Error}")]
    private static partial void LogKeepAliveFailed(ILogger logger, Error error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binance futures user stream: skipped a message: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Binance futures user stream: ignored a {EventType} event")]
    private static partial void LogIgnored(ILogger logger, string eventType);
}
