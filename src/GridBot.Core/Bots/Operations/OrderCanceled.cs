namespace GridBot.Core.Bots.Operations;

/// <summary>The venue confirmed a cancel, or reports the order no longer open.</summary>
public sealed record OrderCanceled(string ClientOrderId) : BotOperation;
