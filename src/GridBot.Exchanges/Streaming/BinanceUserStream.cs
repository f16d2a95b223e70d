using System.Globalization;
using System.Text;
using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Binance spot user data over the WebSocket API (api-facts 1.11; the listenKey stream was retired on 2026-02-20):
/// after every (re)connect it sends <c>userDataStream.subscribe.signature</c>, waits for the 200 ack, then turns
/// <c>{"subscriptionId":N,"event":{"e":"executionReport",…}}</c> into order updates and fills. A rejected subscription
/// or an <c>eventStreamTerminated</c> event drops the connection so that it is re-opened with back-off.
/// </summary>
public sealed partial class BinanceUserStream : IUserEventStream
{
    public static readonly Uri MainnetUrl = new("wss://ws-api.binance.com:443/ws-api/v3");
    public static readonly Uri TestnetUrl = new("wss://ws-api.testnet.binance.vision/ws-api/v3");

    private readonly ReconnectingWebSocket _socket;
    private readonly ApiCredentials _credentials;
    private readonly BinanceSigner _signer;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private string? _pendingId;
    private int _requests;

    public BinanceUserStream(Uri url, ApiCredentials credentials, TimeProvider time, StreamConnectionOptions? options = null, ILogger? logger = null)
    {
        _credentials = Guard.NotNull(credentials);
        _signer = new BinanceSigner(credentials.ApiSecret);
        _time = Guard.NotNull(time);
        _logger = logger ?? NullLogger.Instance;
        _socket = new ReconnectingWebSocket(url, options ?? new StreamConnectionOptions(), time, _logger) { OnOpen = SubscribeAsync };
        _socket.MessageReceived += OnMessage;
    }

    public event Action<ExchangeOrder>? OrderUpdated;

    public event Action<ExchangeFill>? FillReceived;

    public event Action? Resynced;

    /// <summary>The venue's clock for the request timestamp (share the REST client's, which is synchronised); local time when null.</summary>
    public ServerClock? Clock { get; init; }

    /// <summary>Names a venue symbol (e.g. from exchangeInfo); <see cref="Symbol.TryParse"/> when null.</summary>
    public Func<string, Symbol?>? ResolveSymbol { get; init; }

    public int RecvWindowMs { get; init; } = BinanceSigner.DefaultRecvWindowMs;

    public ReconnectingWebSocket Socket => _socket;

    public Task StartAsync(CancellationToken ct) => _socket.StartAsync(ct);

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    /// <summary>The signed subscribe request; the signature covers every param but itself, sorted by name.</summary>
    internal string SubscribeMessage(string id, long timestampMs)
    {
        var recvWindow = RecvWindowMs.ToString(CultureInfo.InvariantCulture);
        var timestamp = timestampMs.ToString(CultureInfo.InvariantCulture);
        var signature = _signer.SignWebSocket(
            [new("apiKey", _credentials.ApiKey), new("recvWindow", recvWindow), new("timestamp", timestamp)]);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("method", "userDataStream.subscribe.signature");
            writer.WriteStartObject("params");
            writer.WriteString("apiKey", _credentials.ApiKey);
            writer.WriteNumber("recvWindow", RecvWindowMs);
            writer.WriteNumber("timestamp", timestampMs);
            writer.WriteString("signature", signature);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task SubscribeAsync(CancellationToken ct)
    {
        var id = $"sub-{Interlocked.Increment(ref _requests)}";
        _pendingId = id;
        var now = Clock?.NowMs ?? _time.GetUtcNow().ToUnixTimeMilliseconds();
        await _socket.SendAsync(SubscribeMessage(id, now), ct).ConfigureAwait(false);
    }

    private void OnMessage(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                LogSkipped(_logger, "not a JSON object");
            }
            else if (root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                OnEvent(e);
            }
            else if (root.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number)
            {
                OnResponse(root, status.GetInt32());
            }
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            LogSkipped(_logger, e.Message);
        }
    }

    private void OnResponse(JsonElement root, int status)
    {
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
        if (_pendingId is null || id != _pendingId)
        {
            return;
        }

        _pendingId = null;
        if (status != 200)
        {
            var error = root.TryGetProperty("error", out var e) ? e.GetRawText() : "no error body";
            LogRejected(_logger, status, error);
            _socket.Restart($"subscription rejected ({status})");
            return;
        }

        // On any connection but the first, even when the first never got its ack: events may have been missed since.
        if (_socket.ConnectionCount > 1)
        {
            StreamEvents.Raise(Resynced, _logger, nameof(BinanceUserStream));
        }
    }

    private void OnEvent(JsonElement e)
    {
        var type = e.TryGetProperty("e", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "eventStreamTerminated")
        {
            _socket.Restart("event stream terminated");
            return;
        }

        if (type != "executionReport")
        {
            return;
        }

        var report = BinanceExecutionReport.Parse(e, ResolveSymbol);
        if (!report.IsSuccess)
        {
            LogSkipped(_logger, report.Error.Message);
            return;
        }

        if (report.Value.Order is { } order)
        {
            StreamEvents.Raise(OrderUpdated, order, _logger, nameof(BinanceUserStream));
        }

        if (report.Value.Fill is { } fill)
        {
            StreamEvents.Raise(FillReceived, fill, _logger, nameof(BinanceUserStream));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Binance user stream: skipped a message: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Binance user stream: subscription rejected with {Status}: {Error}")]
    private static partial void LogRejected(ILogger logger, int status, string error);
}
