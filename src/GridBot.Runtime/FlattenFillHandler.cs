using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>
/// The <c>fills/flatten</c> subscription: a fill of a flatten order advances the flatten at once (a Tick makes the
/// bot place the next closing order or finish) instead of waiting for the next scheduled tick.
/// </summary>
public sealed class FlattenFillHandler : IFillHandler
{
    public string Name => "flatten";

    public Task HandleAsync(string botId, ExchangeFill fill, IBotBus bus, CancellationToken ct) =>
        fill.ClientOrderId.EndsWith("-flat", StringComparison.Ordinal) ? bus.SendAsync(botId, new Tick(), ct) : Task.CompletedTask;
}
