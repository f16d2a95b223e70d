using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Kestrel on http://127.0.0.1:&lt;random port&gt; with the pipeline every fake venue shares: record the request,
/// admit it (rate limits), apply a queued <see cref="Fault"/>, let the venue handle it, write the answer. WebSocket
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

    protected FakeVenueHost(TimeProvider clock) => Clock = clock;

    public TimeProvider Clock { get; }

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

    protected void BackOff(int seconds)
    {
        lock (_gate)
        {
            _backoffUntilMs = Math.Max(_backoffUntilMs, NowMs + (seconds * 1000L));
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
            reply = Decorate(call, Admit(call) ?? await ProduceAsync(call, fault, linked.Token));
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
        await WriteAsync(context, reply, linked.Token);
    }

    private async Task<FakeReply> ProduceAsync(FakeCall call, Fault? fault, CancellationToken ct)
    {
        switch (fault?.Kind)
        {
            case null:
                return Handle(call);
            case FaultKind.ServerError:
                if (fault.AfterProcessing)
                {
                    Handle(call);
                }

                return FaultReply(call, fault);
            case FaultKind.Timeout:
                var reply = fault.AfterProcessing ? Handle(call) : FaultReply(call, fault);
                await Task.Delay(fault.Delay, ct);
                return reply;
            case FaultKind.RateLimited or FaultKind.IpBanned:
                BackOff(fault.RetryAfterSeconds);
                return FaultReply(call, fault);
            case FaultKind.PartialFill:
                return Handle(call with { ImmediateFill = fault.FillQuantity });
            case FaultKind.MalformedJson:
                var real = fault.AfterProcessing ? Handle(call) : FakeReply.Json(new { });
                return real with { Body = Wire.Truncate(real.Body), VenueCode = null };
            default:
                return FaultReply(call, fault);
        }
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
