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

    /// <summary>Problem details for <paramref name="status"/>; the title is the control API's for it unless one is given.</summary>
    public static IResult Of(int status, string detail, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title ?? ControlHttp.TitleOf(status), type: ControlHttp.TypeOf(status));

    public static int StatusOf(ControlOutcome outcome) => ControlHttp.StatusOf(outcome);
}
