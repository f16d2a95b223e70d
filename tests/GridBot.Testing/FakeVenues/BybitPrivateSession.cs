using System.Text.Json;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Bybit v5 /v5/private. <c>auth</c> args [apiKey, expires, signature]: the key must match, expires (ms) must be after
/// venue now, and signature = hex HMAC-SHA256(secret, "GET/realtime" + expires as sent); any failure is "Params Error"
/// (what the live venue answers, e.g. pybit issues 152 and 300). <c>subscribe</c> before a successful auth is "Request not
/// authorized"; topics order / execution, optionally ".spot" or ".linear"; a topic already subscribed fails the request
/// (all or nothing), so each change reaches a connection once per topic. <c>ping</c> → pong.
/// </summary>
internal sealed class BybitPrivateSession(FakeBybit venue) : FakeSocketSession
{
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal)
    {
        "order", "order.spot", "order.linear", "execution", "execution.spot", "execution.linear",
    };

    private readonly Lock _gate = new();
    private readonly List<string> _topics = [];
    private bool _authenticated;
    private long _frames;

    public override int SubscriptionCount
    {
        get
        {
            lock (_gate)
            {
                return _topics.Count;
            }
        }
    }

    public override void OnMessage(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var op = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var requestId = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("req_id", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var args = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("args", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(FakeCall.Text).ToArray()
                : [];
            Answer(op, args, requestId);
        }
        catch (JsonException)
        {
            Socket.Send(BybitStreamShapes.Control(string.Empty, false, "error:invalid json", Socket.ConnectionId, null));
        }
    }

    /// <summary>Pushes the change to every topic of this connection that covers its category.</summary>
    public void Push(FakeOrderEvent e)
    {
        var category = BybitStreamShapes.Category(e.Market);
        lock (_gate)
        {
            foreach (var topic in _topics)
            {
                var (kind, scope) = topic.Split('.') is [var k, var s] ? (k, s) : (topic, category);
                if (scope != category)
                {
                    continue;
                }

                if (kind == "order")
                {
                    Socket.Send(BybitStreamShapes.Data(FrameId(), topic, venue.NowMs, BybitStreamShapes.OrderItem(e)));
                }
                else if (e.Fill is { } fill)
                {
                    Socket.Send(BybitStreamShapes.Data(FrameId(), topic, venue.NowMs, BybitStreamShapes.ExecutionItem(e, fill)));
                }
            }
        }
    }

    private string FrameId() => Socket.ConnectionId + "-" + Wire.Ms(++_frames);

    private void Answer(string? op, string[] args, string? requestId)
    {
        var id = Socket.ConnectionId;
        switch (op)
        {
            case "auth":
                var ok = Verify(args);
                lock (_gate)
                {
                    _authenticated |= ok;
                }

                Socket.Send(BybitStreamShapes.Control("auth", ok, ok ? string.Empty : "Params Error", id, requestId));
                break;
            case "subscribe":
                venue.CountSubscribeAttempt();
                Socket.Send(BybitStreamShapes.Control("subscribe", Subscribe(args, out var failure), failure, id, requestId));
                break;
            case "unsubscribe":
                lock (_gate)
                {
                    _topics.RemoveAll(args.Contains);
                }

                Socket.Send(BybitStreamShapes.Control("unsubscribe", true, string.Empty, id, requestId));
                break;
            case "ping":
                Socket.Send(BybitStreamShapes.Pong(venue.NowMs, id, requestId));
                break;
            default:
                Socket.Send(BybitStreamShapes.Control(op ?? string.Empty, false, "error:invalid op", id, requestId));
                break;
        }
    }

    private bool Verify(string[] args) =>
        args is [var key, var expires, var signature] &&
        key == venue.Options.ApiKey &&
        Wire.TryLong(expires, out var expiresMs) && expiresMs > venue.NowMs &&
        string.Equals(Wire.Hmac(venue.Options.ApiSecret, "GET/realtime" + expires), signature, StringComparison.OrdinalIgnoreCase);

    private bool Subscribe(string[] topics, out string failure)
    {
        lock (_gate)
        {
            failure = !_authenticated ? "Request not authorized"
                : topics.Length == 0 ? "error:no topic"
                : topics.FirstOrDefault(t => !Topics.Contains(t)) is { } unknown ? "fake venue: unsupported topic " + unknown
                : topics.FirstOrDefault(t => _topics.Contains(t)) is { } repeated ? "error:already subscribed,topic:" + repeated
                : string.Empty;
            if (failure.Length == 0)
            {
                _topics.AddRange(topics.Distinct());
            }

            return failure.Length == 0;
        }
    }
}
