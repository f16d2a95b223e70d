using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridFunctions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace GridFunctions.Ticks;

/// <summary>
/// <c>TickTimer</c> (<c>Tick:Schedule</c>, every 15 s in the sample settings): for each bot the registry lists as
/// Running or Flattening, starts <c>BotOperation(Tick)</c> as instance <c>tick-{botId}</c>. A bot whose previous tick
/// is still pending or running is skipped (the id is taken), so slow ticks never pile up. A bot whose start fails
/// does not stop the others; the run then throws naming it, so the platform records the failure.
/// </summary>
public sealed partial class TickTimerFunction(IBotRegistry registry, ILogger<TickTimerFunction> logger)
{
    public const string Name = "TickTimer";

    private static readonly string TickJson = DurableJson.Write(new Tick());

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%Tick:Schedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var summary = await RunWithAsync(new FunctionsBotOrchestrations(client), ct).ConfigureAwait(false);
        summary.EnsureSucceeded();
    }

    /// <summary>The function's body with its Durable client: one tick started per ticking bot unless its last one is still active.</summary>
    public async Task<TickSummary> RunWithAsync(IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(orchestrations);
        var bots = await registry.ListAsync(ct).ConfigureAwait(false);
        var results = new List<TickResult>();
        foreach (var bot in bots.Where(b => Ticks(b.Status)))
        {
            results.Add(await StartAsync(orchestrations, bot.BotId, ct).ConfigureAwait(false));
        }

        var summary = new TickSummary(results);
        var perBot = string.Join(", ", results.Select(r => $"{r.BotId}:{r.Outcome}"));
        LogRun(logger, summary.Started.Count, summary.Skipped.Count, summary.Failed.Count, perBot);
        return summary;
    }

    private static bool Ticks(string status) =>
        string.Equals(status, nameof(BotStatus.Running), StringComparison.Ordinal) || string.Equals(status, nameof(BotStatus.Flattening), StringComparison.Ordinal);

    private async Task<TickResult> StartAsync(IBotOrchestrations orchestrations, string botId, CancellationToken ct)
    {
        var instanceId = $"tick-{botId}";
        try
        {
            var started = await orchestrations.StartAsync(instanceId, new BotOperationRequest(botId, TickJson), startAt: null, ct).ConfigureAwait(false);
            return new TickResult(botId, instanceId, started ? TickOutcome.Started : TickOutcome.Skipped, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Recorded as this bot's failure (thrown at the end of the run), not lost: the next bot still ticks.
            LogFailed(logger, ex, botId, instanceId);
            return new TickResult(botId, instanceId, TickOutcome.Failed, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TickTimer: {Started} started, {Skipped} skipped (previous tick still active), {Failed} failed: {Bots}")]
    private static partial void LogRun(ILogger logger, int started, int skipped, int failed, string bots);

    [LoggerMessage(Level = LogLevel.Error, Message = "TickTimer: could not start {InstanceId} for bot {BotId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string botId, string instanceId);
}
