namespace GridBot.Core.Ports;

/// <summary>A subscriber to the fills topic (the cloud host runs the same handlers as Service Bus subscriptions).</summary>
public interface IFillHandler
{
    string Name { get; }

    Task HandleAsync(string botId, ExchangeFill fill, IBotBus bus, CancellationToken ct);
}
