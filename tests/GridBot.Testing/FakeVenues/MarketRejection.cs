namespace GridBot.Testing.FakeVenues;

/// <summary>Why the matching engine refused an order (each venue maps these to its own codes).</summary>
public enum MarketRejection
{
    None,
    DuplicateClientOrderId,
    InsufficientBalance,
    WouldTakeAsMaker,
    ReduceOnlyRejected,
    TooManyOpenOrders,
}
