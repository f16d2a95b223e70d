using GridBot.Core.Ports;
using GridBot.Runtime;
using GridFunctions.Durable;
using Microsoft.Extensions.Logging;

namespace GridFunctions.FanOut;

/// <summary>
/// What every fill trigger does, whatever the transport: read the <see cref="FillMessage"/>, run the handler with a
/// <see cref="DurableBotBus"/> whose instance ids derive from (handler, bot, trade). A malformed message is logged and
/// thrown, so the host retries it and then moves it to the poison queue; nothing else is touched and the bot trades on.
/// </summary>
public sealed partial class FillDispatcher(IFillPublisher fills, ILogger<FillDispatcher> logger)
{
    private const int SnippetLength = 200;

    /// <summary>Runs <paramref name="handler"/> on the message's fill; operations it sends start through <paramref name="orchestrations"/>.</summary>
    public async Task DispatchAsync(IFillHandler handler, string message, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!FillMessage.TryParse(message, out var fill, out var problem))
        {
            var snippet = Snippet(message);
            LogMalformed(logger, handler.Name, problem, snippet);
            throw new FormatException($"fill message for handler '{handler.Name}' is malformed ({problem}): {snippet}");
        }

        var bus = new DurableBotBus(orchestrations, fills, DurableBotBus.InstanceIdPrefix(handler.Name, fill.BotId, fill.Fill.TradeId));
        await handler.HandleAsync(fill.BotId, fill.Fill, bus, ct).ConfigureAwait(false);
        foreach (var (instanceId, started) in bus.Starts)
        {
            LogSent(logger, handler.Name, fill.BotId, fill.Fill.TradeId, instanceId, started);
        }
    }

    private static string Snippet(string? message) =>
        message is null ? "(null)" : message.Length <= SnippetLength ? message : message[..SnippetLength] + "…";

    [LoggerMessage(Level = LogLevel.Error, Message = "Fill handler {Handler}: malformed message ({Problem}), left for retry and then the poison queue: {Snippet}")]
    private static partial void LogMalformed(ILogger logger, string handler, string problem, string snippet);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fill handler {Handler}: bot {BotId} trade {TradeId} → operation {InstanceId} (started: {Started})")]
    private static partial void LogSent(ILogger logger, string handler, string botId, string tradeId, string instanceId, bool started);
}
