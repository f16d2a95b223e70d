using System.Net.WebSockets;
using System.Text;
using GridBot.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// A text WebSocket that stays connected until disposed: connect, run <see cref="OnOpen"/> (auth and subscribe), read
/// messages, and after any loss reconnect with <see cref="ReconnectBackoff"/>. Events are raised on the receive loop,
/// one at a time, never concurrently; a handler that throws is logged and the stream goes on. <see cref="SendAsync"/>
/// is thread-safe (sends are serialised). Server pings are answered by <see cref="ClientWebSocket"/> itself. The address
/// is either fixed or resolved afresh before every connection attempt (e.g. a URL that carries a short-lived token).
/// </summary>
public sealed partial class ReconnectingWebSocket : IAsyncDisposable
{
    private readonly Uri _url;
    private readonly Func<CancellationToken, Task<Uri?>>? _resolveUrl;
    private readonly StreamConnectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ReconnectBackoff _backoff;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private CancellationTokenRegistration _callerStop;
    private ClientWebSocket? _current;
    private CancellationTokenSource? _connection;
    private string? _restartReason;
    private Task? _loop;
    private int _connections;
    private int _disposed;

    public ReconnectingWebSocket(Uri url, StreamConnectionOptions options, TimeProvider time, ILogger? logger = null)
        : this(url, null, options, time, logger)
    {
    }

    /// <summary>
    /// A socket whose address is resolved before every connection attempt by <paramref name="resolveUrl"/>; null means
    /// "not now" and counts as a failed attempt (back-off follows). It must not throw. <paramref name="url"/> names the
    /// stream in logs and <see cref="Url"/>: give one without tokens, as the resolved address is never logged.
    /// </summary>
    public ReconnectingWebSocket(Uri url, Func<CancellationToken, Task<Uri?>>? resolveUrl, StreamConnectionOptions options, TimeProvider time, ILogger? logger = null)
    {
        _url = Guard.NotNull(url);
        _resolveUrl = resolveUrl;
        _options = Guard.NotNull(options).Validated();
        _time = Guard.NotNull(time);
        _logger = logger ?? NullLogger.Instance;
        _backoff = new ReconnectBackoff(options.InitialBackoff, options.MaxBackoff, options.JitterFraction, new Random(options.JitterSeed));
    }

    /// <summary>Runs after every (re)connect, before <see cref="Connected"/>; typically sends auth and subscribe frames. Throwing drops the connection.</summary>
    public Func<CancellationToken, Task>? OnOpen { get; set; }

    /// <summary>One complete text message.</summary>
    public event Action<string>? MessageReceived;

    /// <summary>Raised after <see cref="OnOpen"/> succeeded; true for every connection but the first.</summary>
    public event Action<bool>? Connected;

    /// <summary>Raised when an opened connection ends, with the reason; a reconnect follows unless disposing.</summary>
    public event Action<string>? Disconnected;

    /// <summary>The fixed address, or the log-safe name of a resolved one.</summary>
    public Uri Url => _url;

    /// <summary>Connections opened so far (the first is 1).</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Starts the connection loop and returns at once; it runs until <paramref name="ct"/> is cancelled or the socket is disposed.</summary>
    public Task StartAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        Guard.That(_loop is null, "ReconnectingWebSocket can be started once");
        _callerStop = ct.Register(static s => ((CancellationTokenSource)s!).Cancel(), _stop);
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Sends one text message on the current connection; false when there is none. Throws when the connection breaks mid-send.</summary>
    public async Task<bool> SendAsync(string text, CancellationToken ct)
    {
        if (Volatile.Read(ref _current) is not { State: WebSocketState.Open } socket)
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the current connection (e.g. a rejected subscription or a terminated stream); the loop reconnects with back-off.</summary>
    public void Restart(string reason)
    {
        Volatile.Write(ref _restartReason, reason);
        try
        {
            Volatile.Read(ref _connection)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended while we were restarting it: nothing left to drop.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_loop is { } loop)
        {
            // Only an open connection is worth waiting for: in back-off or connecting, stopping at once is clean.
            if (await CloseCurrentAsync().ConfigureAwait(false))
            {
                try
                {
                    await loop.WaitAsync(_options.CloseTimeout, _time).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    LogCloseTimedOut(_logger, _url);
                }
            }

            await _stop.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);
        }

        await _callerStop.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private bool Stopping => Volatile.Read(ref _disposed) != 0 || _stop.IsCancellationRequested;

    private async Task RunAsync(CancellationToken stop)
    {
        while (!Stopping)
        {
            var target = await ResolveAsync(stop).ConfigureAwait(false);
            var lasted = target is null ? null : await RunConnectionAsync(target, stop).ConfigureAwait(false);
            if (Stopping)
            {
                break;
            }

            if (lasted >= _options.StableAfter)
            {
                _backoff.Reset();
            }

            var delay = _backoff.Next();
            LogReconnecting(_logger, _url, delay.TotalMilliseconds, _backoff.Attempt);
            try
            {
                await Task.Delay(delay, _time, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>The address for the next attempt; null (logged as a failed attempt) when the resolver has none or we are stopping.</summary>
    private async Task<Uri?> ResolveAsync(CancellationToken stop)
    {
        if (_resolveUrl is null)
        {
            return _url;
        }

        Uri? target;
        try
        {
            target = await _resolveUrl(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }

        if (target is null && !Stopping)
        {
            LogConnectFailed(_logger, _url, "no address to connect to");
        }

        return target;
    }

    /// <summary>One connection from connect to loss; how long it was open, or null when it never opened.</summary>
    private async Task<TimeSpan?> RunConnectionAsync(Uri target, CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _options.KeepAliveTimeout;
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(stop);
        long? openedAt = null;
        string reason;
        try
        {
            await ConnectAsync(socket, target, connection.Token).ConfigureAwait(false);
            openedAt = _time.GetTimestamp();
            Volatile.Write(ref _restartReason, null);
            Volatile.Write(ref _connection, connection);
            Volatile.Write(ref _current, socket);
            var isReconnect = Interlocked.Increment(ref _connections) > 1;
            if (OnOpen is { } onOpen)
            {
                await onOpen(connection.Token).ConfigureAwait(false);
            }

            Raise(Connected, isReconnect);
            reason = await ReceiveWithHeartbeatAsync(socket, connection).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connection.IsCancellationRequested)
        {
            reason = Stopping ? "stopped" : Volatile.Read(ref _restartReason) ?? "cancelled";
        }
        catch (Exception e) when (e is WebSocketException or IOException or HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            reason = e.Message;
        }
        finally
        {
            Volatile.Write(ref _current, null);
            Volatile.Write(ref _connection, null);
        }

        if (openedAt is not { } opened)
        {
            LogConnectFailed(_logger, _url, reason);
            return null;
        }

        LogDisconnected(_logger, _url, reason);
        Raise(Disconnected, reason);
        return _time.GetElapsedTime(opened);
    }

    private async Task ConnectAsync(ClientWebSocket socket, Uri target, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await socket.ConnectAsync(target, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new WebSocketException($"connect timed out after {_options.ConnectTimeout}");
        }
    }

    /// <summary>Starts the close handshake on the open connection; false when there was none to close.</summary>
    private async Task<bool> CloseCurrentAsync()
    {
        if (Volatile.Read(ref _current) is not { State: WebSocketState.Open } socket)
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(_options.CloseTimeout, _time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }

            return true;
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            LogCloseFailed(_logger, _url, e.Message);
            return false;
        }
    }
}
