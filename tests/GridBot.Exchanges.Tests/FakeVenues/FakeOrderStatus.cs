namespace GridBot.Exchanges.Tests.FakeVenues;

public enum FakeOrderStatus
{
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
}
