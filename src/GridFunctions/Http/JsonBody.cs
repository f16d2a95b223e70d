using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GridFunctions.Http;

/// <summary>Reads a JSON request body strictly (web casing, unknown fields refused); a bad body is a 400 naming the problem.</summary>
internal static class JsonBody
{
    /// <summary>Control requests are a few hundred bytes; anything far larger is refused unread.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, bool required, CancellationToken ct)
        where T : class
    {
        var tooLarge = Problems.Of(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {MaxBytes} bytes");
        if (request.ContentLength > MaxBytes)
        {
            return (null, tooLarge);
        }

        // Read at most one byte past the limit, whatever the request claims (a chunked body states no length).
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return (null, tooLarge);
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length);
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? (null, Problems.Of(StatusCodes.Status400BadRequest, "the request needs a JSON body")) : (null, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            return value is null && required ? (null, Problems.Of(StatusCodes.Status400BadRequest, "the request needs a JSON object, not null")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, $"the body is not valid JSON for this request: {ex.Message}"));
        }
    }
}
