using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;

namespace GridBot.Cli.Serve;

/// <summary>
/// A control request's JSON body as every host reads it (<see cref="ControlJson"/>: strict, at most
/// <see cref="MaxBytes"/>, Kestrel's own body limit met on a chunked body the same 413), refusals as problem details.
/// </summary>
internal static class RequestJson
{
    public const int MaxBytes = ControlJson.MaxBytes;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool required, CancellationToken ct)
        where T : class
    {
        var body = await ControlJson.ReadAsync<T>(request.Body, request.ContentLength, required, ct).ConfigureAwait(false);
        return body.IsRefused ? (null, HttpProblems.Of(body.Status, body.Detail!)) : (body.Value, null);
    }
}
