using System.Diagnostics;
using System.Net.Sockets;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Http;

/// <summary>
/// The one request path for every venue: rate limit first, stamp with the venue's clock, sign, send with a timeout,
/// map the answer to a payload or an <see cref="Error"/>. The venue's clock is measured before the first signed request
/// (or read that compares venue times, <see cref="EnsureClockAsync"/>) and every <see cref="RestOptions.ClockResyncInterval"/>;
/// an invalid-timestamp answer resyncs it and retries once. The limiter counts windows on that clock, and every
/// request it lets through stays counted whatever happens to it, unless it provably never left (connection refused).
/// A timeout or a dropped connection on an order placement is <see cref="ErrorKind.UnknownStatus"/> (the order
/// may exist: the caller reconciles), never a failure. Logs name the endpoint and outcome only — never parameters,
/// signatures, keys or secrets.
/// </summary>
public sealed partial class RestPipeline
{
    private readonly HttpClient _http;
    private readonly IVenueProtocol _protocol;
    private readonly RestOptions _options;
    private readonly ApiCredentials? _credentials;
    private readonly ILogger _logger;
    private long _syncAttemptedAtLocalMs = long.MinValue;

    public RestPipeline(HttpClient http, IVenueProtocol protocol, RestOptions options, ApiCredentials? credentials, RateLimiter limiter, TimeProvider time, ILogger logger)
    {
        _http = Guard.NotNull(http);
        _protocol = Guard.NotNull(protocol);
        _options = Guard.NotNull(options);
        _credentials = credentials;
        Limiter = Guard.NotNull(limiter);
        Clock = new ServerClock(Guard.NotNull(time));
        _logger = Guard.NotNull(logger);
        Limiter.AlignTo(Clock, _options.BackOffMargin);
    }

    public ServerClock Clock { get; }

    public RestOptions Options => _options;

    public RateLimiter Limiter { get; }

    public bool HasCredentials => _credentials is not null;

    public async Task<Result<string>> SendAsync(RestCall call, CancellationToken ct)
    {
        Guard.NotNull(call);
        if (call.Endpoint.NeedsApiKey && _credentials is null)
        {
            return new Error(ErrorKind.Auth, "NoCredentials", $"{_protocol.Venue} {call.Endpoint} needs an API key");
        }

        if (call.Endpoint.Signed)
        {
            await EnsureClockAsync(ct).ConfigureAwait(false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var result = await SendOnceAsync(call, ct).ConfigureAwait(false);
            if (result.IsSuccess || result.Error.Kind != ErrorKind.InvalidTimestamp || attempt > 0)
            {
                return result;
            }

            LogResync(_logger, _protocol.Venue, call.Endpoint);
            var synced = await SyncTimeAsync(ct).ConfigureAwait(false);
            if (!synced.IsSuccess)
            {
                return result;
            }
        }
    }

    /// <summary>
    /// Measures the venue's clock if it has not been measured yet or the measurement is older than
    /// <see cref="RestOptions.ClockResyncInterval"/>, so <see cref="ServerClock.NowMs"/> is the venue's present. Best
    /// effort, tried once per interval: if the time endpoint fails, the last offset stays (and an invalid-timestamp
    /// answer still resyncs).
    /// </summary>
    public async Task EnsureClockAsync(CancellationToken ct)
    {
        if (SyncDue())
        {
            Interlocked.Exchange(ref _syncAttemptedAtLocalMs, Clock.LocalNowMs);
            _ = await SyncTimeAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Measures the offset between the venue's clock and ours.</summary>
    public async Task<Result<long>> SyncTimeAsync(CancellationToken ct)
    {
        var sent = Clock.LocalNowMs;
        var body = await SendOnceAsync(new RestCall(_protocol.TimeEndpoint, []), ct).ConfigureAwait(false);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        var server = _protocol.ParseServerTime(body.Value);
        var received = Clock.LocalNowMs;
        Clock.Sync(server, sent, received);
        Interlocked.Exchange(ref _syncAttemptedAtLocalMs, received);
        return Clock.OffsetMs;
    }

    private bool SyncDue()
    {
        var interval = _options.ClockResyncInterval;
        var last = Interlocked.Read(ref _syncAttemptedAtLocalMs);
        return interval > TimeSpan.Zero && (last == long.MinValue || Clock.LocalNowMs - last >= (long)interval.TotalMilliseconds);
    }

    private async Task<Result<string>> SendOnceAsync(RestCall call, CancellationToken ct)
    {
        var lease = await Limiter.AcquireAsync(call.Endpoint, ct).ConfigureAwait(false);
        var endpoint = call.Endpoint;
        using var request = _protocol.Build(_options.BaseUrl, call, endpoint.NeedsApiKey ? _credentials : null, Clock.NowMs, _options.RecvWindowMs);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var answer = new VenueAnswer(call, response, body, Clock.NowMs);
            _protocol.ObserveUsage(answer, Limiter);
            var read = _protocol.Read(answer);
            if (read.RetryAfter is { } retryAfter)
            {
                Limiter.Block(retryAfter);
            }

            if (read.FullOrderWindow is { } orderWindow)
            {
                Limiter.BlockOrdersFor(orderWindow);
            }

            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (read.Payload.IsSuccess)
            {
                LogOk(_logger, _protocol.Venue, endpoint, (int)response.StatusCode, elapsedMs);
            }
            else
            {
                LogRejected(_logger, _protocol.Venue, endpoint, (int)response.StatusCode, elapsedMs, read.Payload.Error);
            }

            return read.Payload;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            LogFailure(_logger, _protocol.Venue, endpoint, "timed out");
            return Unknown(endpoint, "Timeout", $"{_protocol.Venue} {endpoint} did not answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            LogFailure(_logger, _protocol.Venue, endpoint, ex.HttpRequestError);
            var refused = ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable }
                || ex.HttpRequestError is HttpRequestError.NameResolutionError;
            if (refused)
            {
                // Provably never left this host: the venue did not count it, so neither do we.
                Limiter.Refund(lease);
            }

            var neverSent = refused || ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;
            return neverSent
                ? new Error(ErrorKind.Network, ex.HttpRequestError.ToString(), $"{_protocol.Venue} {endpoint}: could not connect ({ex.HttpRequestError})")
                : Unknown(endpoint, ex.HttpRequestError.ToString(), $"{_protocol.Venue} {endpoint}: the connection failed mid-request ({ex.HttpRequestError})");
        }
    }

    /// <summary>A placement or cancel that may have reached the venue has an unknown outcome; a read is just a network failure.</summary>
    private static Error Unknown(Endpoint endpoint, string code, string message) =>
        new(endpoint.Method != HttpMethod.Get ? ErrorKind.UnknownStatus : ErrorKind.Network, code, message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Venue} {Endpoint} → {Status} in {ElapsedMs:F0} ms")]
    private static partial void LogOk(ILogger logger, string venue, Endpoint endpoint, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Venue} {Endpoint} → {Status} in {ElapsedMs:F0} ms: {Error}")]
    private static partial void LogRejected(ILogger logger, string venue, Endpoint endpoint, int status, double elapsedMs, Error error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Venue} {Endpoint} failed: {Reason}")]
    private static partial void LogFailure(ILogger logger, string venue, Endpoint endpoint, object reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Venue} {Endpoint}: timestamp rejected, resyncing the clock and retrying once")]
    private static partial void LogResync(ILogger logger, string venue, Endpoint endpoint);
}
