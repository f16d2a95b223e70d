using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GridFunctions.Http;

/// <summary>A control request's JSON body as every host reads it (<see cref="ControlJson"/>), refusals as problem details.</summary>
internal static class JsonBody
{
    public const int MaxBytes = ControlJson.MaxBytes;

    public static async Task<(T? Value, IActionResult? Problem)> ReadAsync<T>(HttpRequest request, bool required, CancellationToken ct)
        where T : class
    {
        var body = await ControlJson.ReadAsync<T>(request.Body, request.ContentLength, required, ct).ConfigureAwait(false);
        return body.IsRefused ? (null, Problems.Of(body.Status, body.Detail!)) : (body.Value, null);
    }
}
