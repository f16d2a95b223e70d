using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// Reading Bybit payloads: every number arrives as a JSON string and is parsed straight to decimal (never via double)
/// with the invariant culture. The getters throw <see cref="FormatException"/> on a missing or malformed field;
/// <see cref="Guarded{T}"/> turns that into an error value at each public parser.
/// </summary>
internal static class BybitJson
{
    private const NumberStyles DecimalStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Dividing by 1.000…0 (28 zeros) leaves the smallest scale that represents the value: 0.10 → 0.1.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Plain invariant text (decimal never formats with an exponent) without trailing zeros: 25000.50 → "25000.5".</summary>
    public static string Format(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string? text, string name) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value)
            ? Normalise(value)
            : throw new FormatException($"'{name}' is not a decimal: '{text}'");

    public static string Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"missing string '{name}'");

    public static string? OptStr(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static decimal Dec(JsonElement element, string name) => ParseDecimal(Str(element, name), name);

    /// <summary>Null when the field is absent or "" (Bybit's way of saying "not applicable").</summary>
    public static decimal? OptDec(JsonElement element, string name) =>
        OptStr(element, name) is { Length: > 0 } text ? ParseDecimal(text, name) : null;

    public static long Long(JsonElement element, string name)
    {
        var text = Str(element, name);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{name}' is not an integer: '{text}'");
    }

    public static JsonElement Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new FormatException($"missing array '{name}'");

    public static JsonElement? ParseObject(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Error PayloadError(string what, string detail) =>
        new(ErrorKind.Other, "BadPayload", $"Unexpected Bybit {what} payload: {detail}");

    /// <summary>Runs a parser, turning a malformed payload into an error value instead of an exception.</summary>
    public static Result<T> Guarded<T>(string what, Func<Result<T>> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return PayloadError(what, e.Message);
        }
    }
}
