using System.Globalization;

namespace GridBot.Runtime.Control;

/// <summary>
/// How every HTTP host of the control service (the Function app, <c>gridbot serve</c>) answers: the status an outcome
/// calls for, the problem-details title and type of each status, and the optional whole-number query values. One table,
/// so the two hosts cannot drift apart.
/// </summary>
public static class ControlHttp
{
    public static int StatusOf(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.Ok => 200,
        ControlOutcome.NotFound => 404,
        ControlOutcome.InvalidInput => 400,
        ControlOutcome.IllegalTransition => 409,
        _ => 503,
    };

    public static string TitleOf(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "A valid API key is required",
        404 => "No such bot",
        409 => "Not allowed in the bot's current state",
        413 => "The request body is too large",
        _ => "A venue or the store is unavailable",
    };

    public static string TypeOf(int status) => string.Create(CultureInfo.InvariantCulture, $"https://httpstatuses.io/{status}");

    /// <summary>An optional whole number from a query string: absent (empty) is null and valid; anything else must parse.</summary>
    public static bool TryParseOptional(string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }
}
