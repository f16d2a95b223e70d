using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Field readers for Binance payloads. A missing or malformed field throws <see cref="FormatException"/>, which
/// <see cref="Parse{T}"/> turns into an error value at the boundary: every public parser returns a value, never throws
/// on venue data.
/// </summary>
internal static class BinanceJson
{
    public const string ParseErrorCode = "BadPayload";

    public static Result<T> Parse<T>(string? json, string what, Func<JsonElement, Result<T>> read)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail(what, "empty payload");
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            return read(doc.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            return Fail(what, e.Message);
        }
    }

    public static Error Fail(string what, string reason) =>
        new(ErrorKind.Other, ParseErrorCode, $"Unreadable Binance {what}: {reason}");

    public static JsonElement Required(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"missing '{name}'");

    public static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A decimal sent as a string ("0.01000000") or as a JSON number, read without going through double.</summary>
    public static decimal DecimalValue(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDecimal();
        }

        return value.ValueKind == JsonValueKind.String && BinanceDecimal.TryParse(value.GetString(), out var d)
            ? d
            : throw new FormatException($"'{name}' is not a decimal");
    }

    public static decimal Decimal(JsonElement obj, string name, bool required = true) =>
        Optional(obj, name) is { } value ? DecimalValue(value, name)
        : required ? throw new FormatException($"missing '{name}'") : 0m;

    public static long Long(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new FormatException($"'{name}' is not an integer"),
    };

    public static long? OptionalLong(JsonElement obj, string name) =>
        Optional(obj, name) is { } value ? Long(value, name) : null;

    public static string String(JsonElement obj, string name)
    {
        var value = Required(obj, name);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"'{name}' is not a string");
    }

    public static string? OptionalString(JsonElement obj, string name) =>
        Optional(obj, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>An id Binance sends as a number (orderId, trade id) or a string, as invariant text.</summary>
    public static string Id(JsonElement obj, string name) => Long(Required(obj, name), name).ToString(CultureInfo.InvariantCulture);

    /// <summary>A boolean sent as JSON true/false or as the strings "true"/"false" (futures positionRisk).</summary>
    public static bool Bool(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
        _ => throw new FormatException($"'{name}' is not a boolean"),
    };

    public static JsonElement Array(JsonElement value, string what) =>
        value.ValueKind == JsonValueKind.Array ? value : throw new FormatException($"{what} is not an array");
}
