namespace GridFunctions.FanOut;

/// <summary>How fills reach the fill handlers (<c>FanOut:Kind</c>).</summary>
public enum FanOutKind
{
    /// <summary>Azure Storage queues, one per handler; works on Azurite. The default.</summary>
    Queues,

    /// <summary>A Service Bus topic with one subscription per handler (sessions by bot, duplicate detection by trade).</summary>
    ServiceBus,
}
