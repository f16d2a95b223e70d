using GridBot.Runtime.Control;
using Microsoft.AspNetCore.Http;

namespace GridBot.Cli.Serve;

/// <summary>
/// Control results as HTTP, exactly as the Function app's <c>Problems</c>: the value as JSON, or RFC 7807 problem
/// details (<c>application/problem+json</c>) with the status the outcome calls for and the same titles and types.
/// </summary>
internal static class HttpProblems
{
    public static IResult From<T>(ControlResult<T> result) =>
        result.IsOk ? TypedResults.Ok(result.Value) : Of(StatusOf(result.Outcome), result.Detail!);

    public static IResult Of(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: TitleOf(status), type: $"https://httpstatuses.io/{status}");

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
        StatusCodes.Status401Unauthorized => "A valid API key is required",
        StatusCodes.Status404NotFound => "No such bot",
        StatusCodes.Status409Conflict => "Not allowed in the bot's current state",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        _ => "A venue or the store is unavailable",
    };
}
