using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// User data. Spot: the WebSocket API at /ws-api/v3 (<see cref="BinanceWsApiSession"/>). USDⓈ-M: one listenKey per
/// account from POST /fapi/v1/listenKey (X-MBX-APIKEY only, no signature), valid <see cref="ListenKeyValidityMs"/> of
/// venue time after its last POST/PUT; the stream at /ws/&lt;listenKey&gt; (or /private/ws/&lt;listenKey&gt;). An unknown
/// or expired key is -1125 on PUT and refuses the upgrade with 400. Expiry is noticed lazily (on POST, PUT and connect)
/// or forced with <see cref="ExpireListenKey"/>; either way the key's streams get listenKeyExpired and are closed.
/// </summary>
public sealed partial class FakeBinance
{
    public const long ListenKeyValidityMs = 60 * 60 * 1000;

    private readonly Lock _listenKeyGate = new();
    private string? _listenKey;
    private long _listenKeyValidUntilMs;
    private int _listenKeysIssued;

    /// <summary>ws://127.0.0.1:&lt;port&gt;/ws-api/v3 (BinanceUserStream's URL).</summary>
    public Uri SpotUserStreamUrl => new(WebSocketBaseUrl, "ws-api/v3");

    /// <summary>The active futures listenKey, or null when there is none or it has expired.</summary>
    public string? ActiveListenKey
    {
        get
        {
            lock (_listenKeyGate)
            {
                return _listenKey is not null && NowMs <= _listenKeyValidUntilMs ? _listenKey : null;
            }
        }
    }

    /// <summary>ws://127.0.0.1:&lt;port&gt;/ws/&lt;listenKey&gt;.</summary>
    public Uri FuturesUserStreamUrl(string listenKey) => new(WebSocketBaseUrl, "ws/" + listenKey);

    /// <summary>Test hook: the active key expires now; its streams get listenKeyExpired and are closed. False when there was none.</summary>
    public bool ExpireListenKey()
    {
        string? key;
        lock (_listenKeyGate)
        {
            key = _listenKey;
            _listenKey = null;
        }

        if (key is null)
        {
            return false;
        }

        EndStreams(key, BinanceStreamShapes.ListenKeyExpired(key, NowMs));
        return true;
    }

    internal override FakeSocketSession? OpenSession(FakeCall call, out FakeReply? rejection)
    {
        rejection = null;
        if (call.Path == "/ws-api/v3")
        {
            return new BinanceWsApiSession(this);
        }

        var key = call.Path.StartsWith("/ws/", StringComparison.Ordinal) ? call.Path["/ws/".Length..]
            : call.Path.StartsWith("/private/ws/", StringComparison.Ordinal) ? call.Path["/private/ws/".Length..]
            : null;
        if (key is null)
        {
            return null;
        }

        if (Current() != key)
        {
            rejection = ListenKeyMissing();
            return null;
        }

        return new BinanceListenKeySession(key);
    }

    private static FakeReply ListenKeyMissing() => Error(400, -1125, "This listenKey does not exist.");

    /// <summary>The listenKey routes, and the pushes: spot changes to every WS-API subscription, futures changes to the active key's streams.</summary>
    private void MapStreamRoutes()
    {
        Map("POST", "/fapi/v1/listenKey", 1, false, (call, _) => CheckApiKey(call.Header("X-MBX-APIKEY")) ?? FakeReply.Json(new { listenKey = CreateOrExtend() }));
        Map("PUT", "/fapi/v1/listenKey", 1, false, (call, _) => CheckApiKey(call.Header("X-MBX-APIKEY")) ?? Extend(call.Param("listenKey")));
        Map("DELETE", "/fapi/v1/listenKey", 1, false, (call, _) => CheckApiKey(call.Header("X-MBX-APIKEY")) ?? Close(call.Param("listenKey")));
        Spot.OrderChanged += e =>
        {
            var report = BinanceStreamShapes.ExecutionReport(e);
            foreach (var session in Sessions.OfType<BinanceWsApiSession>())
            {
                session.Push(report);
            }
        };
        Futures.OrderChanged += e =>
        {
            var key = ActiveListenKey;
            var update = BinanceStreamShapes.OrderTradeUpdate(e);
            foreach (var session in Sessions.OfType<BinanceListenKeySession>().Where(s => s.ListenKey == key))
            {
                session.Socket.Send(update);
            }
        };
    }

    /// <summary>The active key after expiring a stale one (whose streams are told and closed).</summary>
    private string? Current()
    {
        string? stale = null;
        lock (_listenKeyGate)
        {
            if (_listenKey is not null && NowMs > _listenKeyValidUntilMs)
            {
                (stale, _listenKey) = (_listenKey, null);
            }
        }

        if (stale is not null)
        {
            EndStreams(stale, BinanceStreamShapes.ListenKeyExpired(stale, NowMs));
        }

        return ActiveListenKey;
    }

    private string CreateOrExtend()
    {
        Current();
        lock (_listenKeyGate)
        {
            _listenKey ??= NewListenKey(++_listenKeysIssued);
            _listenKeyValidUntilMs = NowMs + ListenKeyValidityMs;
            return _listenKey;
        }
    }

    private FakeReply Extend(string? listenKey)
    {
        var active = Current();
        if (active is null || (listenKey is not null && listenKey != active))
        {
            return ListenKeyMissing();
        }

        lock (_listenKeyGate)
        {
            _listenKeyValidUntilMs = NowMs + ListenKeyValidityMs;
        }

        return FakeReply.Json(new { listenKey = active });
    }

    private FakeReply Close(string? listenKey)
    {
        string? closed = null;
        lock (_listenKeyGate)
        {
            if (_listenKey is not null && (listenKey is null || listenKey == _listenKey))
            {
                (closed, _listenKey) = (_listenKey, null);
            }
        }

        if (closed is not null)
        {
            EndStreams(closed, null);
        }

        return FakeReply.Json(new { });
    }

    private void EndStreams(string listenKey, string? lastEvent)
    {
        foreach (var session in Sessions.OfType<BinanceListenKeySession>().Where(s => s.ListenKey == listenKey))
        {
            if (lastEvent is not null)
            {
                session.Socket.Send(lastEvent);
            }

            session.Socket.CloseAfterSending(WebSocketCloseStatus.NormalClosure, "listenKey " + (lastEvent is null ? "closed" : "expired"));
        }
    }

    /// <summary>64 characters like the real keys, deterministic per venue so a test run is repeatable.</summary>
    private string NewListenKey(int serial) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Options.ApiKey + "/listenKey/" + Wire.Ms(serial))));
}
