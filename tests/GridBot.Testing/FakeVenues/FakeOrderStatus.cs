namespace GridBot.Testing.FakeVenues;

public enum FakeOrderStatus
{
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
}
