using System.Collections.Concurrent;
using System.Globalization;
using GridBot.Core.Market;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>
/// Binance's <c>/fapi/v1/listenKey</c> as the docs describe it, for a <see cref="WebSocketTestServer"/>: POST returns the
/// active key (a new <c>key-N</c> when there is none); PUT extends it, or answers -1125 when there is none (or when
/// <see cref="FailKeepAlives"/> is set, which also drops the key, as after an expiry); DELETE drops it. Every request is
/// recorded with its query string and <c>X-MBX-APIKEY</c> header.
/// </summary>
internal sealed class ListenKeyRoutes
{
    public const string Path = "/fapi/v1/listenKey";

    private readonly object _gate = new();
    private int _issued;
    private string? _active;

    public ConcurrentQueue<RecordedHttp> Requests { get; } = new();

    /// <summary>Answer POST with this HTTP status (and no key) while set.</summary>
    public int? FailCreatesWith { get; set; }

    public bool FailKeepAlives { get; set; }

    public IReadOnlyList<RecordedHttp> Of(string method) => Requests.Where(r => r.Method == method).ToList();

    /// <summary>The key expires on the venue: the next POST hands out a new one.</summary>
    public void Expire()
    {
        lock (_gate)
        {
            _active = null;
        }
    }

    public void Map(WebApplication app)
    {
        app.MapPost(Path, Create);
        app.MapPut(Path, KeepAlive);
        app.MapDelete(Path, Close);
    }

    /// <summary>A real futures client pointed at <paramref name="server"/>'s HTTP routes.</summary>
    public static BinanceExchange Client(WebSocketTestServer server, TimeProvider time, ApiCredentials? credentials, HttpClient http, ILogger? logger = null)
    {
        var rest = new RestPipeline(http, new BinanceProtocol(MarketType.Perp), new RestOptions { BaseUrl = server.HttpUrl },
            credentials, new RateLimiter(BinanceProtocol.DefaultLimits(MarketType.Perp), time), time, logger ?? NullLogger.Instance);
        return new BinanceExchange(MarketType.Perp, rest, time);
    }

    private Task Create(HttpContext context)
    {
        Record(context);
        if (FailCreatesWith is { } status)
        {
            return Reply(context, status, """{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""");
        }

        lock (_gate)
        {
            _active ??= "key-" + (++_issued).ToString(CultureInfo.InvariantCulture);
            return Reply(context, 200, $$"""{"listenKey":"{{_active}}"}""");
        }
    }

    private Task KeepAlive(HttpContext context)
    {
        Record(context);
        lock (_gate)
        {
            if (FailKeepAlives)
            {
                _active = null;
            }

            return _active is null
                ? Reply(context, 400, """{"code":-1125,"msg":"This listenKey does not exist."}""")
                : Reply(context, 200, $$"""{"listenKey":"{{_active}}"}""");
        }
    }

    private Task Close(HttpContext context)
    {
        Record(context);
        Expire();
        return Reply(context, 200, "{}");
    }

    private void Record(HttpContext context) =>
        Requests.Enqueue(new RecordedHttp(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers["X-MBX-APIKEY"].ToString()));

    private static Task Reply(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }
}
