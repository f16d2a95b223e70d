using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GridFunctions.Http;

/// <summary>Maps control results to HTTP: the value as JSON, or RFC 7807 problem details with the status the outcome calls for.</summary>
internal static class Problems
{
    public static IActionResult From<T>(ControlResult<T> result, int okStatus = StatusCodes.Status200OK) =>
        result.IsOk ? new ObjectResult(result.Value) { StatusCode = okStatus } : Of(StatusOf(result.Outcome), result.Detail!);

    /// <summary>Problem details for <paramref name="status"/>; the title is the control API's for it unless one is given.</summary>
    public static IActionResult Of(int status, string detail, string? title = null) => new ObjectResult(new ProblemDetails
    {
        Status = status,
        Title = title ?? ControlHttp.TitleOf(status),
        Detail = detail,
        Type = ControlHttp.TypeOf(status),
    })
    {
        StatusCode = status,
        ContentTypes = { "application/problem+json" },
    };

    public static int StatusOf(ControlOutcome outcome) => ControlHttp.StatusOf(outcome);
}
