using System.Net;
using System.Text.Json.Nodes;

namespace GridBot.Testing.FakeVenues;

internal sealed record VenueResponse(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>Binance "code" or Bybit "retCode"; 0 when the body has neither (a success payload).</summary>
    public int Code => Json is JsonObject o ? (int?)(o["code"] ?? o["retCode"]) ?? 0 : 0;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
