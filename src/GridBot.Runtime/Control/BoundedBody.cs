namespace GridBot.Runtime.Control;

/// <summary>
/// Reads a request body of at most a given size, whatever the request claims: refused from its stated length, or once
/// one byte more than the limit has been read (a chunked body states none). Both HTTP hosts' control routes and the
/// Telegram webhook read bodies this way.
/// </summary>
public static class BoundedBody
{
    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// A server's own body limit met while reading (Kestrel's <c>BadHttpRequestException</c>, an <see cref="IOException"/>)
    /// is the same refusal.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(Stream body, long? length, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (length > maxBytes)
        {
            return null;
        }

        var buffer = new byte[maxBytes + 1];
        var total = 0;
        try
        {
            int read;
            while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
        catch (IOException)
        {
            return null;
        }

        return total > maxBytes ? null : buffer[..total];
    }
}
