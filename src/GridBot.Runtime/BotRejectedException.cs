using GridBot.Core.Bots;

namespace GridBot.Runtime;

/// <summary>A session driving a bot (replay, live run) could not go on because the bot refused an operation it needed.</summary>
public sealed class BotRejectedException : Exception
{
    public BotRejectedException(BotRejection rejection)
        : base(rejection?.Detail)
    {
        Rejection = rejection!;
    }

    public BotRejectedException()
        : this(new BotRejection(BotRejectionReason.UnknownOperation, "rejected"))
    {
    }

    public BotRejectedException(string message)
        : this(new BotRejection(BotRejectionReason.UnknownOperation, message))
    {
    }

    public BotRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rejection = new BotRejection(BotRejectionReason.UnknownOperation, message);
    }

    public BotRejection Rejection { get; }

    /// <summary>True when the rejection says the caller's input was wrong (not the bot's state or the venue).</summary>
    public bool IsBadInput => Rejection.Reason is BotRejectionReason.InvalidConfig or BotRejectionReason.InsufficientCapital or BotRejectionReason.AlreadyExists;

    /// <summary>Awaits a decision and throws when the bot refused it.</summary>
    public static async Task<BotDecision> ThrowIfRejected(Task<BotDecision> decision)
    {
        var d = await decision.ConfigureAwait(false);
        return d.Rejection is { } rejection ? throw new BotRejectedException(rejection) : d;
    }
}
