using System.Text.Json;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;
using GridBot.Runtime;
using GridFunctions.Durable;

namespace GridFunctions.FanOut;

/// <summary>
/// The bot bus of one fill handler call in the Function app: each operation the handler sends starts orchestration
/// <c>BotOperation</c> under a deterministic instance id (<c>{prefix}</c>, then <c>{prefix}-2</c>, …), so a message
/// delivered twice starts nothing twice while the first instance is pending or running (and the handlers re-check the
/// bot's state, so a late duplicate finds nothing to do). Not thread-safe: one per handler call.
/// </summary>
public sealed class DurableBotBus(IBotOrchestrations orchestrations, IFillPublisher fills, string instanceIdPrefix) : IBotBus
{
    private int _sent;

    /// <summary>The instance ids this bus asked to start, with whether each was started (false: already active).</summary>
    public List<(string InstanceId, bool Started)> Starts { get; } = [];

    /// <summary><c>{handler}-{botId}-{tradeId}</c>, with the characters an instance id may not hold replaced.</summary>
    public static string InstanceIdPrefix(string handler, string botId, string tradeId) =>
        Clean($"{handler}-{botId}-{tradeId}");

    public async Task SendAsync(string botId, BotOperation operation, CancellationToken ct)
    {
        _sent++;
        var instanceId = _sent == 1 ? instanceIdPrefix : $"{instanceIdPrefix}-{_sent}";
        var request = new BotOperationRequest(botId, JsonSerializer.Serialize(operation, CoreJsonContext.Default.BotOperation));
        var started = await orchestrations.StartAsync(instanceId, request, startAt: null, ct).ConfigureAwait(false);
        Starts.Add((instanceId, started));
    }

    public Task PublishFillAsync(string botId, ExchangeFill fill, CancellationToken ct) => fills.PublishAsync(botId, fill, ct);

    private static string Clean(string id) =>
        string.Create(id.Length, id, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is '/' or '\\' or '#' or '?' || char.IsControl(source[i]) ? '_' : source[i];
            }
        });
}
