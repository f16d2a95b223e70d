using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GridFunctions.Http;

/// <summary>Maps control results to HTTP: the value as JSON, or RFC 7807 problem details with the status the outcome calls for.</summary>
internal static class Problems
{
    public static IActionResult From<T>(ControlResult<T> result, int okStatus = StatusCodes.Status200OK) =>
        result.IsOk ? new ObjectResult(result.Value) { StatusCode = okStatus } : Of(StatusOf(result.Outcome), result.Detail!);

    public static IActionResult Of(int status, string detail) => new ObjectResult(new ProblemDetails
    {
        Status = status,
        Title = TitleOf(status),
        Detail = detail,
        Type = $"https://httpstatuses.io/{status}",
    })
    {
        StatusCode = status,
        ContentTypes = { "application/problem+json" },
    };

    public static int StatusOf(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.Ok => StatusCodes.Status200OK,
        ControlOutcome.NotFound => StatusCodes.Status404NotFound,
        ControlOutcome.InvalidInput => StatusCodes.Status400BadRequest,
        ControlOutcome.IllegalTransition => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid",
        StatusCodes.Status404NotFound => "No such bot",
        StatusCodes.Status409Conflict => "Not allowed in the bot's current state",
        _ => "A venue or the store is unavailable",
    };
}
