using GridBot.Core.Ports;
using GridBot.Exchanges.Streaming;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>Everything a user stream raised, in order, each kind in its own log.</summary>
internal sealed record UserStreamEvents(EventLog<ExchangeOrder> Orders, EventLog<ExchangeFill> Fills, EventLog<int> Resynced)
{
    public static UserStreamEvents Observe(IUserEventStream stream)
    {
        var events = new UserStreamEvents(new EventLog<ExchangeOrder>(), new EventLog<ExchangeFill>(), new EventLog<int>());
        stream.OrderUpdated += events.Orders.Add;
        stream.FillReceived += events.Fills.Add;
        stream.Resynced += () => events.Resynced.Add(1);
        return events;
    }
}
