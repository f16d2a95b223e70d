using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GridBot.Runtime.Control;

/// <summary>
/// How every HTTP host reads a control request's JSON body: strictly (web casing, unknown fields refused), at most
/// <see cref="MaxBytes"/> (<see cref="BoundedBody"/>), a bad body a 400 naming the problem (the JSON path of a wrong type, the unknown field). Hosts turn a
/// <see cref="ControlBody{T}"/> with a detail into their own problem details.
/// </summary>
public static class ControlJson
{
    /// <summary>Control requests are a few hundred bytes; anything far larger is refused.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <param name="body">The request body.</param>
    /// <param name="contentLength">The stated length, when the request states one.</param>
    /// <param name="required">False: an empty body is fine (value null).</param>
    /// <param name="ct">Cancels the read.</param>
    public static async Task<ControlBody<T>> ReadAsync<T>(Stream body, long? contentLength, bool required, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = await BoundedBody.ReadAsync(body, contentLength, MaxBytes, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return ControlBody<T>.Problem(413, $"the body is larger than {MaxBytes} bytes");
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? ControlBody<T>.Problem(400, "the request needs a JSON body") : default;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            return value is null && required ? ControlBody<T>.Problem(400, "the request needs a JSON object, not null") : new ControlBody<T>(value, 200, null);
        }
        catch (JsonException ex)
        {
            return ControlBody<T>.Problem(400, $"the body is not valid JSON for this request: {ex.Message}");
        }
    }
}

/// <summary>A read body: the value (null for an empty optional body), or the status and detail of why it was refused.</summary>
public readonly record struct ControlBody<T>(T? Value, int Status, string? Detail)
    where T : class
{
    public bool IsRefused => Detail is not null;

#pragma warning disable CA1000 // A factory on the generic result reads best at the call site.
    public static ControlBody<T> Problem(int status, string detail) => new(null, status, detail);
#pragma warning restore CA1000
}
