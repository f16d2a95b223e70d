using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace GridBot.Testing.FakeVenues;

/// <summary>A request as a fake venue sees it: query and body exactly as sent (signatures are over these) plus parsed parameters.</summary>
internal sealed record FakeCall(
    string Method,
    string Path,
    string RawQuery,
    string RawBody,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Parameters,
    long NowMs)
{
    /// <summary>Set by a <see cref="FaultKind.PartialFill"/> fault: fill this much of a new order at once.</summary>
    public decimal? ImmediateFill { get; init; }

    public string? Param(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<FakeCall> ReadAsync(HttpRequest request, long nowMs, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        return From(request, body, nowMs);
    }

    /// <summary>Without reading the body: a WebSocket upgrade request's body is the upgraded stream itself.</summary>
    public static FakeCall Head(HttpRequest request, long nowMs) => From(request, string.Empty, nowMs);

    private static FakeCall From(HttpRequest request, string body, long nowMs)
    {
        var rawQuery = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        AddBodyParameters(body, parameters);
        foreach (var (key, value) in QueryHelpers.ParseQuery(rawQuery))
        {
            parameters[key] = value.ToString();
        }

        return new FakeCall(request.Method, request.Path.Value ?? "/", rawQuery, body, headers, parameters, nowMs);
    }

    internal static string Text(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() ?? string.Empty : element.GetRawText();

    private static void AddBodyParameters(string body, Dictionary<string, string> parameters)
    {
        var trimmed = body.TrimStart();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (trimmed[0] != '{')
        {
            foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            {
                parameters[key] = value.ToString();
            }

            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                parameters[property.Name] = Text(property.Value);
            }
        }
        catch (JsonException)
        {
            // The venue answers malformed bodies itself; the record just has no parameters.
        }
    }
}
