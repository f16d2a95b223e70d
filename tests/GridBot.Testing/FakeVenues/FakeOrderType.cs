namespace GridBot.Testing.FakeVenues;

public enum FakeOrderType
{
    Limit,
    LimitMaker,
    Market,
}
