using GridBot.Core.Ports;
using GridBot.Runtime;

namespace GridFunctions.Tests.FanOut;

internal sealed class RecordingFillPublisher : IFillPublisher
{
    public List<(string BotId, ExchangeFill Fill)> Published { get; } = [];

    public Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct)
    {
        Published.Add((botId, fill));
        return Task.CompletedTask;
    }
}
