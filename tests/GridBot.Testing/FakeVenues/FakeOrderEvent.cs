namespace GridBot.Testing.FakeVenues;

/// <summary>
/// One change of one order, as the fake venues push it on their user streams. <see cref="Order"/> is a frozen copy
/// taken at the change (status, filled and cumulative amounts as they were then). <see cref="Fill"/> is set exactly
/// when <see cref="Execution"/> is <see cref="FakeExecutionType.Trade"/>. <see cref="CancelRequestId"/> is the id of
/// the cancel request (Binance spot "c" on a cancel, the order's own id then moving to "C"), or null.
/// <see cref="Sequence"/> numbers a market's events from 1 in the order the changes happened.
/// </summary>
public sealed record FakeOrderEvent(
    FakeMarket Market,
    long Sequence,
    FakeOrder Order,
    FakeExecutionType Execution,
    FakeFill? Fill,
    string? CancelRequestId);
