using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace GridBot.Cli.Serve;

/// <summary>
/// Reads a JSON request body strictly (web casing, unknown fields refused), as the Function app's <c>JsonBody</c>: a bad
/// body is a 400 naming the problem (the JSON path of a wrong type, the unknown field). A body over
/// <see cref="MaxBytes"/> is a 413, refused from its Content-Length or once that many bytes have been read.
/// </summary>
internal static class RequestJson
{
    /// <summary>Control requests are a few hundred bytes; anything far larger is refused (also Kestrel's body limit).</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool required, CancellationToken ct)
        where T : class
    {
        var text = await ReadTextAsync(request, ct).ConfigureAwait(false);
        if (text is null)
        {
            return (null, HttpProblems.Of(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {MaxBytes} bytes"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? (null, HttpProblems.Of(StatusCodes.Status400BadRequest, "the request needs a JSON body")) : (null, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            return value is null && required ? (null, HttpProblems.Of(StatusCodes.Status400BadRequest, "the request needs a JSON object, not null")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, HttpProblems.Of(StatusCodes.Status400BadRequest, $"the body is not valid JSON for this request: {ex.Message}"));
        }
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    private static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null; // Kestrel's own limit, met on a chunked body
        }

        return length > MaxBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
