using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Configuration;
using GridBot.Runtime;
using GridBot.Core.Ports;
using GridBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridBot.Cli.Serve;

/// <summary>
/// The local counterpart of the Function app's tick timer: every <c>GridBot:LiveLoopInterval</c>, each bot the registry
/// lists as Running or Flattening has its new fills read and one <see cref="Tick"/> applied through its mailbox, one
/// bot after the other (so ticks never pile up). A failing bot, or a store that does not answer, is logged and the loop
/// goes on; it stops when the host does.
/// </summary>
internal sealed partial class TickLoop(BotStores stores, BotRuntime runtime, IOptions<GridBotOptions> options, TimeProvider time, ILogger<TickLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LiveLoopInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await TickAllAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the host is stopping
        }
    }

    /// <summary>One round: every ticking bot once; returns how many were ticked without a failure.</summary>
    public async Task<int> TickAllAsync(CancellationToken ct)
    {
        IReadOnlyList<BotInfo> bots;
        try
        {
            bots = await stores.Registry.ListAsync(ct).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            LogStoreUnavailable(ex, ex.Message);
            return 0;
        }

        var ticked = 0;
        foreach (var bot in bots.Where(b => Ticks(b.Status)))
        {
            try
            {
                await runtime.PollFillsAsync(bot.BotId, ct).ConfigureAwait(false);
                var decision = await runtime.SendAndWaitAsync(bot.BotId, new Tick(), ct).ConfigureAwait(false);
                if (decision.Rejection is { } rejection)
                {
                    LogRejected(bot.BotId, rejection.Reason, rejection.Detail);
                }

                ticked++;
            }
#pragma warning disable CA1031 // One bot's failure is logged and must not stop the others or the loop.
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogFailed(ex, bot.BotId);
            }
        }

        return ticked;
    }

    private static bool Ticks(string status) =>
        string.Equals(status, nameof(BotStatus.Running), StringComparison.Ordinal) || string.Equals(status, nameof(BotStatus.Flattening), StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tick: the bot store did not answer: {Problem}")]
    private partial void LogStoreUnavailable(Exception exception, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tick: bot {BotId} refused the tick ({Reason}): {Detail}")]
    private partial void LogRejected(string botId, BotRejectionReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tick: bot {BotId} failed")]
    private partial void LogFailed(Exception exception, string botId);
}
