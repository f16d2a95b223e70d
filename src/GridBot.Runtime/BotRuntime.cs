using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>
/// The local host of bot entities (DESIGN.md section 4): one serialized mailbox per bot, state saved with optimistic
/// concurrency before any effect runs (the outbox), effects executed in order and their results fed back as
/// operations, fills read from the venue into the ledger before the bot sees them, and every fill fanned out to the
/// fill handlers through the in-process bus. The same entity and handlers run in the Azure host.
/// </summary>
public sealed partial class BotRuntime : IBotBus, IBotReplayHost, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, BotMailbox> _mailboxes = new(StringComparer.Ordinal);
    private readonly IBotStateStore _store;
    private readonly IFillLedger _ledger;
    private readonly IBotRegistry _registry;
    private readonly BotEffects _effects;
    private readonly INotifier _notifier;
    private readonly IReadOnlyList<IFillHandler> _handlers;
    private readonly TimeProvider _time;
    private readonly RuntimeOptions _options;

    public BotRuntime(
        IBotStateStore store,
        IFillLedger ledger,
        IBotRegistry registry,
        Func<BotConfig, IExchange> exchangeFor,
        INotifier notifier,
        TimeProvider time,
        IEnumerable<IFillHandler>? handlers = null,
        RuntimeOptions? options = null)
    {
        _store = Guard.NotNull(store);
        _ledger = Guard.NotNull(ledger);
        _registry = Guard.NotNull(registry);
        _notifier = Guard.NotNull(notifier);
        _time = Guard.NotNull(time);
        _handlers = handlers?.ToList() ?? [new SafetyFillHandler(this), new FlattenFillHandler()];
        _options = options ?? new RuntimeOptions();
        _effects = new BotEffects(Guard.NotNull(exchangeFor), _ledger, _notifier, _time, _options);
    }

    public TimeProvider Time => _time;

    /// <summary>Applies <paramref name="operation"/> (and every operation its effects lead to) and returns its decision.</summary>
    public Task<BotDecision> SendAndWaitAsync(string botId, BotOperation operation, CancellationToken ct = default) =>
        Mailbox(botId).SendAsync(new Work(operation), ct);

    /// <summary>Reads new fills from the venue, records them in the ledger and applies them to the bot.</summary>
    public Task PollFillsAsync(string botId, CancellationToken ct = default) => Mailbox(botId).SendAsync(Work.PollFills, ct);

    /// <summary>Queues an operation without waiting (safe to call from a fill handler running inside the bot).</summary>
    public Task SendAsync(string botId, BotOperation operation, CancellationToken ct)
    {
        Mailbox(botId).Post(new Work(operation));
        return Task.CompletedTask;
    }

    public async Task PublishFillAsync(string botId, ExchangeFill fill, CancellationToken ct)
    {
        foreach (var handler in _handlers)
        {
            await handler.HandleAsync(botId, fill, this, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Tells a person something about the bot (the runtime's notifier).</summary>
    public Task NotifyAsync(string botId, string text, CancellationToken ct) => _notifier.NotifyAsync(botId, text, ct);

    public async Task<BotState?> GetStateAsync(string botId, CancellationToken ct = default)
    {
        var stored = await _store.LoadAsync(botId, ct).ConfigureAwait(false);
        return stored is null ? null : BotStateJson.Read(stored.Value);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var mailbox in _mailboxes.Values)
        {
            await mailbox.DisposeAsync().ConfigureAwait(false);
        }
    }

    private BotMailbox Mailbox(string botId) => _mailboxes.GetOrAdd(botId, id => new BotMailbox(id, work => ProcessAsync(id, work)));

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
