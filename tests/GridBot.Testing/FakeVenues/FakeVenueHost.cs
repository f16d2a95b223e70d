using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Kestrel on http://127.0.0.1:&lt;random port&gt; with the pipeline every fake venue shares: record the request,
/// admit it (rate limits count every request that arrives), refuse it inside an announced back-off (when the options say
/// so), apply a queued <see cref="Fault"/>, let the venue handle it, write the answer (or drop the connection). The
/// venue's "now" is <see cref="Clock"/>, which may run ahead of or behind <see cref="HostClock"/>. WebSocket
/// upgrades on the same port go to the venue's user-stream sessions instead (see FakeVenueHost.Sockets.cs).
/// Dispose to stop: pending timeouts are cancelled and open WebSockets aborted, so shutdown is prompt and the port is released.
/// </summary>
public abstract partial class FakeVenueHost : IAsyncDisposable
{
    private static readonly HashSet<string> MaskedHeaders =
        new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "X-MBX-APIKEY", "X-BAPI-API-KEY", "X-BAPI-SIGN" };

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private WebApplication? _app;
    private long _backoffUntilMs = long.MinValue;
    private int _disposed;

    protected FakeVenueHost(TimeProvider clock)
        : this(clock, clock)
    {
    }

    /// <param name="clock">The venue's clock: its "now" everywhere (server time, recvWindow, trade times, limits).</param>
    /// <param name="hostClock">The host's clock, which <paramref name="clock"/> may run ahead of or behind: give it to the client.</param>
    protected FakeVenueHost(TimeProvider clock, TimeProvider hostClock)
    {
        Clock = clock;
        HostClock = hostClock;
    }

    /// <summary>The venue's clock (the host's plus any clock offset the options gave).</summary>
    public TimeProvider Clock { get; }

    /// <summary>The host's clock, without the venue's offset: what a client on this machine reads.</summary>
    public TimeProvider HostClock { get; }

    /// <summary>The host clock when it is a <see cref="FakeVenueClock"/> (the default), else null.</summary>
    public FakeVenueClock? ManualClock => HostClock as FakeVenueClock;

    /// <summary>e.g. http://127.0.0.1:41234/ — both the spot and the derivatives paths live under it.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public FaultPlan Faults { get; } = new();

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Venue time (ms) until which the last 429/418/10006 asked the client to wait; null if never.</summary>
    public long? BackoffUntilMs
    {
        get
        {
            lock (_gate)
            {
                return _backoffUntilMs == long.MinValue ? null : _backoffUntilMs;
            }
        }
    }

    /// <summary>Snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) => [.. Requests.Where(r => r.Is(method, path))];

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        AbortSockets();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    internal abstract FakeReply Handle(FakeCall call);

    /// <summary>The venue's answer for a fault that replaces the real answer (server error, timeout, 429, 418, stale timestamp).</summary>
    internal abstract FakeReply FaultReply(FakeCall call, Fault fault);

    /// <summary>A rejection before any processing (e.g. weight limit exceeded), or null to go on.</summary>
    internal virtual FakeReply? Admit(FakeCall call) => null;

    /// <summary>Adds headers every answer carries (used weight, order counts).</summary>
    internal virtual FakeReply Decorate(FakeCall call, FakeReply reply) => reply;

    /// <summary>The venue's refusal of a request that arrived before a back-off it announced ended (<paramref name="untilMs"/>, venue time).</summary>
    internal abstract FakeReply BackoffRefusal(FakeCall call, long untilMs);

    /// <summary>
    /// True: a request that arrives while a back-off the venue announced (429/418 Retry-After, 10006 reset) is running is
    /// refused again, as a real venue would, instead of only being marked <see cref="RecordedRequest.DuringBackoff"/>.
    /// </summary>
    private protected bool RefuseDuringBackoff { get; init; }

    /// <summary>False: a 5xx or timeout answer carries no usage headers (a gateway's error page does not), so a client learns nothing from it.</summary>
    private protected bool UsageHeadersOnFaults { get; init; } = true;

    protected async Task StartHostAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // No appsettings file watchers: many fakes start in one test run.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First().TrimEnd('/') + "/");
    }

    protected void BackOff(int seconds) => BackOffUntil(NowMs + (seconds * 1000L));

    /// <summary>Marks (and with <see cref="RefuseDuringBackoff"/> enforces) a back-off until <paramref name="untilMs"/>, venue time.</summary>
    protected void BackOffUntil(long untilMs)
    {
        lock (_gate)
        {
            _backoffUntilMs = Math.Max(_backoffUntilMs, untilMs);
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeReply reply, CancellationToken ct)
    {
        context.Response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, ct);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await AcceptSocketAsync(context);
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        var call = await FakeCall.ReadAsync(context.Request, NowMs, linked.Token);
        var fault = Faults.TryTake(call.Method, call.Path);
        var sequence = Record(call, fault);
        FakeReply reply;
        try
        {
            reply = await AnswerAsync(call, fault, linked.Token);
        }
        catch (OperationCanceledException)
        {
            Complete(sequence, new FakeReply(499, string.Empty));
            context.Abort();
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or KeyNotFoundException or NullReferenceException)
        {
            // A bug in the fake itself: say so plainly rather than drop the connection.
            reply = new FakeReply(500, "{\"fakeVenueBug\":" + System.Text.Json.JsonSerializer.Serialize(e.ToString()) + "}");
        }

        Complete(sequence, reply);
        if (ReferenceEquals(reply, FakeReply.Dropped))
        {
            context.Abort();
            return;
        }

        await WriteAsync(context, reply, linked.Token);
    }

    /// <summary>Admits (counting every arrival against the limits), refuses inside a back-off, else produces and decorates the answer.</summary>
    private async Task<FakeReply> AnswerAsync(FakeCall call, Fault? fault, CancellationToken ct)
    {
        var refusal = Admit(call);
        long until;
        lock (_gate)
        {
            until = _backoffUntilMs;
        }

        if (RefuseDuringBackoff && call.NowMs < until)
        {
            refusal = BackoffRefusal(call, until);
        }

        if (refusal is not null)
        {
            return Decorate(call, refusal);
        }

        var reply = await ProduceAsync(call, fault, ct);
        var bare = !UsageHeadersOnFaults && fault?.Kind is FaultKind.ServerError or FaultKind.Timeout;
        return ReferenceEquals(reply, FakeReply.Dropped) || bare ? reply : Decorate(call, reply);
    }

    private long Record(FakeCall call, Fault? fault)
    {
        var headers = call.Headers.ToDictionary(
            h => h.Key, h => MaskedHeaders.Contains(h.Key) ? "***" : h.Value, StringComparer.OrdinalIgnoreCase);
        lock (_gate)
        {
            var sequence = _requests.Count;
            _requests.Add(new RecordedRequest(
                sequence, call.NowMs, call.Method, call.Path, call.RawQuery, call.RawBody, headers, call.Parameters,
                call.NowMs < _backoffUntilMs) { Fault = fault?.Kind });
            return sequence;
        }
    }

    private void Complete(long sequence, FakeReply reply)
    {
        lock (_gate)
        {
            var index = (int)sequence;
            _requests[index] = _requests[index] with { StatusCode = reply.StatusCode, VenueCode = reply.VenueCode };
        }
    }
}
