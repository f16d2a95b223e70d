using GridBot.Core.Errors;

namespace GridBot.Runtime;

/// <summary>The bot's state could not be saved (the store failed, or a save kept losing races): a storage failure, never bad input.</summary>
public sealed class StateStoreException : Exception
{
    public StateStoreException(string botId, Error error)
        : base($"could not save bot {botId}: {error}")
    {
        BotId = botId;
    }

    public StateStoreException()
    {
        BotId = string.Empty;
    }

    public StateStoreException(string message)
        : base(message)
    {
        BotId = string.Empty;
    }

    public StateStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        BotId = string.Empty;
    }

    public string BotId { get; }
}
