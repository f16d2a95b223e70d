namespace GridBot.Exchanges.Tests.FakeVenues;

public enum FakeOrderType
{
    Limit,
    LimitMaker,
    Market,
}
