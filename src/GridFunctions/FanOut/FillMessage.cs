using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;

namespace GridFunctions.FanOut;

/// <summary>
/// One fill on its way to a fill handler, the same JSON on every transport:
/// <c>{"botId":"…","fill":{…}}</c>, the fill in the Core's JSON (<see cref="CoreJsonContext"/>, decimals exact).
/// </summary>
public sealed record FillMessage(string BotId, ExchangeFill Fill)
{
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8());

    public byte[] ToUtf8()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("botId", BotId);
            writer.WritePropertyName("fill");
            JsonSerializer.Serialize(writer, Fill, CoreJsonContext.Default.ExchangeFill);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a message; false with the reason when it is not one (not JSON, no bot id, no valid fill).</summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out FillMessage? message, [NotNullWhen(false)] out string? problem)
    {
        message = null;
        try
        {
            using var doc = JsonDocument.Parse(json ?? string.Empty);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return false;
            }

            if (!root.TryGetProperty("botId", out var botId) || botId.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(botId.GetString()))
            {
                problem = "no botId";
                return false;
            }

            if (!root.TryGetProperty("fill", out var fillJson) || fillJson.ValueKind != JsonValueKind.Object)
            {
                problem = "no fill";
                return false;
            }

            var fill = fillJson.Deserialize(CoreJsonContext.Default.ExchangeFill);
            if (fill is null || string.IsNullOrWhiteSpace(fill.TradeId) || fill.ClientOrderId is null || fill.Symbol is null)
            {
                problem = "the fill has no trade id, client order id or symbol";
                return false;
            }

            message = new FillMessage(botId.GetString()!, fill);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            problem = $"not a fill message: {e.Message}";
            return false;
        }
    }
}
