namespace GridBot.Core.Bots;

/// <summary>Why the bot refused an operation; hosts map these to exit codes, HTTP status codes or chat replies.</summary>
public enum BotRejectionReason
{
    /// <summary>The operation needs a bot and there is none with that id.</summary>
    NotFound,

    /// <summary>A create for an id that already has a bot.</summary>
    AlreadyExists,

    /// <summary>The bot's configuration is unusable (id, grid against the symbol rules, capital).</summary>
    InvalidConfig,

    /// <summary>The operation is not allowed from the bot's current status.</summary>
    IllegalTransition,

    /// <summary>The grid needs more than the bot has at the current price.</summary>
    InsufficientCapital,

    /// <summary>No usable price to lay the grid at (the venue's ticker could not be read).</summary>
    NoPrice,

    /// <summary>An operation type the bot does not know (a bug in the caller).</summary>
    UnknownOperation,
}
