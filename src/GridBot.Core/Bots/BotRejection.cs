namespace GridBot.Core.Bots;

/// <summary>A refused operation: the reason callers branch on, and a detail written for a person.</summary>
public sealed record BotRejection(BotRejectionReason Reason, string Detail)
{
    public override string ToString() => Detail;
}
