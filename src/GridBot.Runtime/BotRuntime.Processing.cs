using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

public sealed partial class BotRuntime
{
    private readonly ConcurrentDictionary<string, CachedBot> _cache = new(StringComparer.Ordinal);

    /// <summary>Runs one mailbox item and everything it leads to (<see cref="BotLoop"/>); returns the decision for the item's own operation.</summary>
    private async Task<BotDecision> ProcessAsync(string botId, Work work)
    {
        var decision = await BotLoop.RunAsync(new LocalSteps(this, botId), work.Operation).ConfigureAwait(false);
        return decision ?? new BotDecision(_cache.TryGetValue(botId, out var cached) ? cached.State : null, []);
    }

    private async Task<BotDecision> DecideAndSaveAsync(string botId, BotOperation op, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var cached = await LoadAsync(botId, ct).ConfigureAwait(false);
            var view = await _effects.ViewAsync(cached.State, op, ct).ConfigureAwait(false);
            var decision = BotEntity.Decide(cached.State, op, view);
            if (!decision.Accepted)
            {
                return decision;
            }

            var state = decision.State!;
            var material = BotStateJson.Material(state);
            if (cached.State is not null && material == cached.Material)
            {
                _cache[botId] = cached with { State = state };
                return decision;
            }

            var saved = await _store.SaveAsync(botId, BotStateJson.Write(state), cached.ETag, ct).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                _cache[botId] = new CachedBot(state, saved.Value, material);
                await RegisterAsync(cached.State, state, ct).ConfigureAwait(false);
                if (decision.Effects.Any(e => e is PlaceOrder))
                {
                    _options.CrashHook?.Invoke(CrashPoint.AfterStateSaved);
                }

                return decision;
            }

            if (saved.Error.Code != IBotStateStore.ConcurrencyConflict || attempt >= _options.MaxConflictRetries)
            {
                throw new StateStoreException(botId, saved.Error);
            }

            // Someone else saved first: reload their state and apply the operation to it, after a short random pause so
            // two racing writers stop colliding (contention back-off in wall time, not the bot's clock).
            _cache.TryRemove(botId, out _);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1 << Math.Min(attempt + 1, 6))), ct).ConfigureAwait(false);
        }
    }

    private async Task<CachedBot> LoadAsync(string botId, CancellationToken ct)
    {
        if (_cache.TryGetValue(botId, out var cached))
        {
            return cached;
        }

        var stored = await _store.LoadAsync(botId, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return new CachedBot(null, null, null);
        }

        var state = BotStateJson.Read(stored.Value);
        return _cache[botId] = new CachedBot(state, stored.ETag, BotStateJson.Material(state));
    }

    private async Task RegisterAsync(BotState? before, BotState after, CancellationToken ct)
    {
        if (before is not null && before.Status == after.Status)
        {
            return;
        }

        await _registry.UpsertAsync(BotRegistration.Of(after), ct).ConfigureAwait(false);
    }

    private void ScheduleLater(string botId, Schedule schedule)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, schedule.AtMs - NowMs));
        ITimer? timer = null;
        timer = _time.CreateTimer(_ => { Mailbox(botId).Post(new Work(schedule.Operation)); timer?.Dispose(); }, null, delay, Timeout.InfiniteTimeSpan);
    }

    private sealed record CachedBot(BotState? State, string? ETag, string? Material);

    /// <summary>The loop's steps in this process: state in the store (through the cache), effects run directly.</summary>
    private sealed class LocalSteps(BotRuntime runtime, string botId) : IBotSteps
    {
        private static CancellationToken None => CancellationToken.None;

        public Task<BotDecision> DecideAsync(BotOperation operation) => runtime.DecideAndSaveAsync(botId, operation, None);

        public async Task<IReadOnlyList<BotOperation>> ReadFillsAsync(IReadOnlyCollection<string> queuedTradeIds)
        {
            var state = (await runtime.LoadAsync(botId, None).ConfigureAwait(false)).State;
            return state is null ? [] : await runtime._effects.ReadFillsAsync(state, queuedTradeIds, None).ConfigureAwait(false);
        }

        public Task<PlaceOutcome> PlaceAsync(BotState state, PlaceOrder place) => runtime._effects.PlaceAsync(state, place, None);

        public Task<bool> CancelAsync(BotState state, CancelOrder cancel) => runtime._effects.CancelAsync(state, cancel, None);

        public Task PublishAsync(PublishFill publish) => runtime.PublishFillAsync(publish.BotId, publish.Fill, None);

        public Task NotifyAsync(Notify notify) => runtime._effects.NotifyAsync(notify, None);

        public Task ScheduleAsync(Schedule schedule)
        {
            runtime.ScheduleLater(botId, schedule);
            return Task.CompletedTask;
        }
    }
}
