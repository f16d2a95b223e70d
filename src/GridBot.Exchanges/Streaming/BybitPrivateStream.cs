using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Bybit v5 private stream (api-facts 3.1, 3.7): after every (re)connect it authenticates (expires = venue now + 10 s)
/// and subscribes to <c>order</c> and <c>execution</c>; sends <c>{"op":"ping"}</c> every 20 s unless the options say
/// otherwise. A failed auth or subscribe drops the connection so that it is re-opened with back-off. Only spot and
/// linear items are reported (the shared parsers skip other categories).
/// </summary>
public sealed partial class BybitPrivateStream : IUserEventStream
{
    public static readonly Uri MainnetUrl = new("wss://stream.bybit.com/v5/private");
    public static readonly Uri TestnetUrl = new("wss://stream-testnet.bybit.com/v5/private");

    /// <summary>How far in the future the auth frame expires.</summary>
    public const long AuthExpiryMs = 10_000;

    internal const string SubscribeMessage = """{"op":"subscribe","args":["order","execution"]}""";

    private readonly ReconnectingWebSocket _socket;
    private readonly BybitSigner _signer;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public BybitPrivateStream(Uri url, ApiCredentials credentials, TimeProvider time, StreamConnectionOptions? options = null, ILogger? logger = null)
    {
        _signer = new BybitSigner(Guard.NotNull(credentials));
        _time = Guard.NotNull(time);
        _logger = logger ?? NullLogger.Instance;
        var connection = options ?? new StreamConnectionOptions();
        connection = connection with { PingInterval = connection.PingInterval ?? TimeSpan.FromSeconds(20) };
        _socket = new ReconnectingWebSocket(url, connection, time, _logger) { OnOpen = AuthenticateAsync };
        _socket.MessageReceived += OnMessage;
    }

    public event Action<ExchangeOrder>? OrderUpdated;

    public event Action<ExchangeFill>? FillReceived;

    public event Action? Resynced;

    /// <summary>The venue's clock for the auth expiry (share the REST client's); local time when null.</summary>
    public ServerClock? Clock { get; init; }

    /// <summary>Names a venue symbol; <see cref="Symbol.TryParse"/> when null.</summary>
    public Func<string, Symbol?>? ResolveSymbol { get; init; }

    public ReconnectingWebSocket Socket => _socket;

    public Task StartAsync(CancellationToken ct) => _socket.StartAsync(ct);

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    private async Task AuthenticateAsync(CancellationToken ct)
    {
        var now = Clock?.NowMs ?? _time.GetUtcNow().ToUnixTimeMilliseconds();
        await _socket.SendAsync(_signer.WsAuthMessage(now + AuthExpiryMs), ct).ConfigureAwait(false);
        await _socket.SendAsync(SubscribeMessage, ct).ConfigureAwait(false);
    }

    private void OnMessage(string text)
    {
        if (BybitControlFrame.Read(text) is not { } frame)
        {
            LogSkipped(_logger, "not a JSON object");
            return;
        }

        if (frame.Topic is { } topic)
        {
            OnData(topic, text);
            return;
        }

        if (frame.Op is "auth" or "subscribe" && frame.Success == false)
        {
            LogRejected(_logger, frame.Op, frame.Message ?? string.Empty);
            _socket.Restart($"{frame.Op} rejected: {frame.Message}");
        }
        else if (frame.Op == "subscribe" && frame.Success == true)
        {
            // On any connection but the first, even when the first never got its ack: events may have been missed since.
            if (_socket.ConnectionCount > 1)
            {
                StreamEvents.Raise(Resynced, _logger, nameof(BybitPrivateStream));
            }
        }
    }

    private void OnData(string topic, string text)
    {
        if (topic == "order" || topic.StartsWith("order.", StringComparison.Ordinal))
        {
            var orders = BybitParsers.WsOrders(text, ResolveSymbol);
            if (!orders.IsSuccess)
            {
                LogSkipped(_logger, orders.Error.Message);
                return;
            }

            foreach (var order in orders.Value)
            {
                StreamEvents.Raise(OrderUpdated, order, _logger, nameof(BybitPrivateStream));
            }
        }
        else if (topic == "execution" || topic.StartsWith("execution.", StringComparison.Ordinal))
        {
            var fills = BybitParsers.WsFills(text, ResolveSymbol);
            if (!fills.IsSuccess)
            {
                LogSkipped(_logger, fills.Error.Message);
                return;
            }

            foreach (var fill in fills.Value)
            {
                StreamEvents.Raise(FillReceived, fill, _logger, nameof(BybitPrivateStream));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bybit private stream: skipped a message: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bybit private stream: {Op} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string op, string reason);
}
