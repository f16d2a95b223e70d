using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;

namespace GridBot.Cli.Serve;

/// <summary>
/// A control request's JSON body as every host reads it (<see cref="ControlJson"/>: strict, at most
/// <see cref="MaxBytes"/>), refusals as problem details; Kestrel's own body limit met on a chunked body is the same 413.
/// </summary>
internal static class RequestJson
{
    public const int MaxBytes = ControlJson.MaxBytes;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool required, CancellationToken ct)
        where T : class
    {
        ControlBody<T> body;
        try
        {
            body = await ControlJson.ReadAsync<T>(request.Body, request.ContentLength, required, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = ControlBody<T>.Problem(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {MaxBytes} bytes");
        }

        return body.IsRefused ? (null, HttpProblems.Of(body.Status, body.Detail!)) : (body.Value, null);
    }
}
