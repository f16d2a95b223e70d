using GridBot.Core.Bots;
using GridBot.Core.Market;

namespace GridBot.Runtime.Control;

public sealed partial class BotControlService
{
    private const int FlattenAllParallelism = 8;

    /// <summary>
    /// The seed UI's Disaster Flatten: every registered bot that is running or paused on a venue begins flattening
    /// (cancel all, close the position in TWAP slices, then wait for a manual resume), several at once, each through
    /// its own mailbox. Bots in any other status, and paper-venue replays, are left alone and listed as skipped; a bot
    /// that refuses or cannot be reached is listed with why, and does not stop the others.
    /// </summary>
    public Task<ControlResult<DisasterFlattenResult>> FlattenAllAsync(string? reason, CancellationToken ct) => StoredAsync(async () =>
    {
        var why = Reason(reason, "disaster flatten requested by an operator");
        var bots = await registry.ListAsync(ct).ConfigureAwait(false);
        var flattened = new List<string>();
        var failed = new List<DisasterFlattenFailure>();
        var skipped = new List<string>();
        var gate = new Lock();
        await Parallel.ForEachAsync(bots, new ParallelOptions { MaxDegreeOfParallelism = FlattenAllParallelism, CancellationToken = ct }, async (bot, token) =>
        {
            var (outcome, detail) = await FlattenOneAsync(bot.BotId, why, token).ConfigureAwait(false);
            lock (gate)
            {
                switch (outcome)
                {
                    case true:
                        flattened.Add(bot.BotId);
                        break;
                    case null:
                        skipped.Add(bot.BotId);
                        break;
                    default:
                        failed.Add(new DisasterFlattenFailure(bot.BotId, detail!));
                        break;
                }
            }
        }).ConfigureAwait(false);

        flattened.Sort(StringComparer.Ordinal);
        skipped.Sort(StringComparer.Ordinal);
        failed.Sort((a, b) => string.CompareOrdinal(a.BotId, b.BotId));
        return ControlResult<DisasterFlattenResult>.Ok(new DisasterFlattenResult(flattened, failed, skipped));
    });

    /// <summary>True: flattening; null: nothing to flatten (status or paper venue); false: refused or failed, with why.</summary>
    private async Task<(bool? Flattened, string? Detail)> FlattenOneAsync(string botId, string reason, CancellationToken ct)
    {
        try
        {
            var state = await LoadAsync(botId, ct).ConfigureAwait(false);
            if (state is null)
            {
                return (false, "registered, but its state is missing");
            }

            if (state.Config.Venue == Venue.Paper || state.Status is not (BotStatus.Running or BotStatus.Paused))
            {
                return (null, null);
            }

            var result = await FlattenAsync(botId, reason, ct).ConfigureAwait(false);
            return result.IsOk ? (true, null) : (false, result.Detail);
        }
#pragma warning disable CA1031 // One bot's failure is reported with the others' results; it must not stop the disaster flatten.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (false, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
