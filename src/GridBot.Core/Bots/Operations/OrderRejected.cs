using GridBot.Core.Errors;

namespace GridBot.Core.Bots.Operations;

/// <summary>A placement failed (an unknown outcome is reconciled later, not re-sent blindly).</summary>
public sealed record OrderRejected(string ClientOrderId, Error Error) : BotOperation;
