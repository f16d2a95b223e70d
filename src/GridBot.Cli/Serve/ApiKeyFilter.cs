using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GridBot.Cli.Serve;

/// <summary>
/// The Functions key convention on every <c>/api</c> route but health: the key in the <c>x-functions-key</c> header or
/// the <c>code</c> query parameter, else 401 problem details before the handler (and its body) is touched. Keys are
/// compared as SHA-256 digests of their UTF-8 bytes with <see cref="CryptographicOperations.FixedTimeEquals"/>, against
/// every configured key, so neither the content nor the length of a key shows in the time taken.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string HeaderName = "x-functions-key";

    public const string QueryName = "code";

    private readonly byte[][] _digests = [.. options.Value.Keys.Where(k => !string.IsNullOrEmpty(k)).Select(Digest)];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var given = request.Headers[HeaderName].ToString();
        if (given.Length == 0)
        {
            given = request.Query[QueryName].ToString();
        }

        return Matches(given)
            ? next(context)
            : ValueTask.FromResult<object?>(HttpProblems.Of(StatusCodes.Status401Unauthorized,
                $"send a key of Api:Keys in the {HeaderName} header or the {QueryName} query parameter"));
    }

    private bool Matches(string given)
    {
        if (given.Length == 0)
        {
            return false;
        }

        var digest = Digest(given);
        var match = false;
        foreach (var known in _digests)
        {
            match |= CryptographicOperations.FixedTimeEquals(digest, known);
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
