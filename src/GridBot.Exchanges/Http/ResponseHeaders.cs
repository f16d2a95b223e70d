using System.Globalization;

namespace GridBot.Exchanges.Http;

/// <summary>The numeric response headers venues use to report limits (<c>Retry-After</c>, usage and reset counters).</summary>
internal static class ResponseHeaders
{
    /// <summary>The first value of <paramref name="name"/> as a non-negative integer, or null when absent or not one.</summary>
    public static int? Int32(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>As <see cref="Int32"/>, for millisecond timestamps.</summary>
    public static long? Int64(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary><c>Retry-After</c> in whole seconds as a span, or null when absent or not a number (an HTTP date is not read).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        Int32(response, "Retry-After") is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}
