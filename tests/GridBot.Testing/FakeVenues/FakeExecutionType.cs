namespace GridBot.Testing.FakeVenues;

/// <summary>What happened to an order: Binance's execution type ("x") in venue-neutral terms.</summary>
public enum FakeExecutionType
{
    New,
    Trade,
    Canceled,
    Expired,
}
