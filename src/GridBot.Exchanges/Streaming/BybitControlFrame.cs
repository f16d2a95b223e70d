using System.Text.Json;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// A Bybit v5 WebSocket control reply (<c>{"success":true,"ret_msg":"","op":"auth",…}</c>), or a data frame
/// (<see cref="Topic"/> set). Pong replies come as <c>op</c> "pong" (private) or "ping" (public).
/// </summary>
internal sealed record BybitControlFrame(string? Op, string? Topic, bool? Success, string? Message)
{
    public static BybitControlFrame? Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? null
                : new BybitControlFrame(
                    StringOf(root, "op"),
                    StringOf(root, "topic"),
                    root.TryGetProperty("success", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False ? s.GetBoolean() : null,
                    StringOf(root, "ret_msg"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
