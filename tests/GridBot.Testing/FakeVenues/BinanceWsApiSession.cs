using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Binance spot WebSocket API (/ws-api/v3), user-data part (api-facts 1.11): <c>userDataStream.subscribe.signature</c>
/// checked like a SIGNED REST call (API key, timestamp within recvWindow, then HMAC over the params except signature,
/// sorted by name, joined k=v&amp;…), <c>userDataStream.unsubscribe</c> and <c>ping</c>. Each subscription gets the next
/// id of this connection (from 0) and every spot order change as <c>{"subscriptionId":N,"event":{executionReport}}</c>.
/// </summary>
internal sealed class BinanceWsApiSession(FakeBinance venue) : FakeSocketSession
{
    private static readonly Regex RequestId = new("^[a-zA-Z0-9-_]{1,36}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly Lock _gate = new();
    private readonly List<int> _subscriptions = [];
    private int _nextSubscriptionId;

    public override int SubscriptionCount
    {
        get
        {
            lock (_gate)
            {
                return _subscriptions.Count;
            }
        }
    }

    public override void OnMessage(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            Answer(document.RootElement);
        }
        catch (JsonException)
        {
            Socket.Send(Reply(null, FakeBinance.Error(400, -1000, "Malformed request.")));
        }
    }

    /// <summary>Pushes one executionReport to every subscription on this connection.</summary>
    public void Push(string executionReport)
    {
        lock (_gate)
        {
            foreach (var id in _subscriptions)
            {
                Socket.Send("{\"subscriptionId\":" + Wire.Ms(id) + ",\"event\":" + executionReport + "}");
            }
        }
    }

    private static JsonNode? IdOf(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? JsonNode.Parse(id.GetRawText()) : null;

    private static bool ValidId(JsonElement root) =>
        !root.TryGetProperty("id", out var id) || id.ValueKind switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.Number => id.TryGetInt64(out _),
            JsonValueKind.String => RequestId.IsMatch(id.GetString()!),
            _ => false,
        };

    private static string Reply(JsonNode? id, FakeReply error) =>
        new JsonObject { ["id"] = id, ["status"] = error.StatusCode, ["error"] = JsonNode.Parse(error.Body) }.ToJsonString();

    private static string Ok(JsonNode? id, JsonObject result) =>
        new JsonObject { ["id"] = id, ["status"] = 200, ["result"] = result }.ToJsonString();

    private void Answer(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !ValidId(root))
        {
            Socket.Send(Reply(null, FakeBinance.Error(400, -1000,
                "Invalid 'id' in JSON request; expected an integer, a string matching '^[a-zA-Z0-9-_]{1,36}$', or null.")));
            return;
        }

        var id = IdOf(root);
        var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var parameters = Parameters(root);
        switch (method)
        {
            case "userDataStream.subscribe.signature":
                Subscribe(id, parameters);
                break;
            case "userDataStream.unsubscribe":
                Unsubscribe(id, parameters);
                break;
            case "ping":
                Socket.Send(Ok(id, []));
                break;
            default:
                Socket.Send(Reply(id, FakeBinance.Error(400, -1000, "Unknown method '" + method + "'.")));
                break;
        }
    }

    private static Dictionary<string, string> Parameters(JsonElement root)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject())
            {
                parameters[property.Name] = FakeCall.Text(property.Value);
            }
        }

        return parameters;
    }

    private void Subscribe(JsonNode? id, Dictionary<string, string> parameters)
    {
        venue.CountSubscribeAttempt();
        if (Verify(parameters) is { } rejection)
        {
            Socket.Send(Reply(id, rejection));
            return;
        }

        lock (_gate)
        {
            var subscription = _nextSubscriptionId++;
            _subscriptions.Add(subscription);
            Socket.Send(Ok(id, new JsonObject { ["subscriptionId"] = subscription }));
        }
    }

    private FakeReply? Verify(Dictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("apiKey", out var key))
        {
            return FakeBinance.Missing("apiKey");
        }

        var call = new FakeCall("WS", "/ws-api/v3", string.Empty, string.Empty, new Dictionary<string, string>(), parameters, venue.NowMs);
        if ((venue.CheckApiKey(key) ?? FakeBinance.CheckTimestamp(call)) is { } rejected)
        {
            return rejected;
        }

        if (!parameters.TryGetValue("signature", out var signature))
        {
            return FakeBinance.Missing("signature");
        }

        var payload = string.Join('&', parameters.Where(p => p.Key != "signature").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return string.Equals(Wire.Hmac(venue.Options.ApiSecret, payload), signature, StringComparison.OrdinalIgnoreCase)
            ? null
            : FakeBinance.Error(400, -1022, "Signature for this request is not valid.");
    }

    private void Unsubscribe(JsonNode? id, Dictionary<string, string> parameters)
    {
        lock (_gate)
        {
            if (parameters.TryGetValue("subscriptionId", out var text))
            {
                if (!Wire.TryLong(text, out var subscription) || !_subscriptions.Remove((int)subscription))
                {
                    Socket.Send(Reply(id, FakeBinance.Error(400, -1000, "Subscription not found.")));
                    return;
                }
            }
            else
            {
                _subscriptions.Clear();
            }

            Socket.Send(Ok(id, []));
        }
    }
}
