using System.Text.Json;
using System.Text.Json.Nodes;
using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Bybit v5 private-stream frames (api-facts 3.1, 3.7): data frames <c>{"id","topic","creationTime","data":[…]}</c> whose
/// items are the REST order / execution items plus "category" (and "closedPnl" on orders); control replies
/// <c>{"success","ret_msg","op","conn_id"}</c> with "req_id" echoed when the request had one.
/// </summary>
internal static class BybitStreamShapes
{
    public static string Category(FakeMarket market) => market.Type == MarketType.Spot ? "spot" : "linear";

    public static string Data(string id, string topic, long creationMs, JsonObject item) =>
        new JsonObject { ["id"] = id, ["topic"] = topic, ["creationTime"] = creationMs, ["data"] = new JsonArray(item) }.ToJsonString();

    public static JsonObject OrderItem(FakeOrderEvent e)
    {
        var item = JsonSerializer.SerializeToNode(BybitShapes.Order(e.Market, e.Order))!.AsObject();
        item["category"] = Category(e.Market);
        item["closedPnl"] = Wire.Plain(e.Fill?.RealizedPnl ?? 0m);
        return item;
    }

    public static JsonObject ExecutionItem(FakeOrderEvent e, FakeFill fill)
    {
        var item = JsonSerializer.SerializeToNode(BybitShapes.Execution(e.Market, e.Order, fill))!.AsObject();
        item["category"] = Category(e.Market);
        return item;
    }

    public static string Control(string op, bool success, string message, string connectionId, string? requestId)
    {
        var reply = new JsonObject { ["success"] = success, ["ret_msg"] = message, ["op"] = op, ["conn_id"] = connectionId };
        if (requestId is not null)
        {
            reply["req_id"] = requestId;
        }

        return reply.ToJsonString();
    }

    /// <summary>The private stream's answer to <c>{"op":"ping"}</c>.</summary>
    public static string Pong(long nowMs, string connectionId, string? requestId)
    {
        var reply = new JsonObject { ["op"] = "pong", ["args"] = new JsonArray(Wire.Ms(nowMs)), ["conn_id"] = connectionId };
        if (requestId is not null)
        {
            reply["req_id"] = requestId;
        }

        return reply.ToJsonString();
    }
}
