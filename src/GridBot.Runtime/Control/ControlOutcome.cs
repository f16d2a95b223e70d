namespace GridBot.Runtime.Control;

/// <summary>How a control command ended; hosts map it to an exit code, an HTTP status or a chat reply.</summary>
public enum ControlOutcome
{
    /// <summary>Done (exit 0, HTTP 200/201).</summary>
    Ok,

    /// <summary>No bot with that id (exit 2, HTTP 404).</summary>
    NotFound,

    /// <summary>The request itself is wrong: a missing or malformed field, a grid the symbol cannot trade, a cap exceeded (exit 2, HTTP 400).</summary>
    InvalidInput,

    /// <summary>The bot exists but its status does not allow the command, or a create names an existing bot (exit 2, HTTP 409).</summary>
    IllegalTransition,

    /// <summary>A venue or the store could not be reached; nothing about the request is wrong (exit 1, HTTP 503).</summary>
    Unavailable,
}
