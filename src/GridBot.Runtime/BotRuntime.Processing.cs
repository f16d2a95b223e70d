using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Flatten;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

public sealed partial class BotRuntime
{
    private readonly ConcurrentDictionary<string, CachedBot> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IExchange> _exchanges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, decimal>> _feePrices = new(StringComparer.Ordinal);

    /// <summary>Runs one mailbox item and everything it leads to; returns the decision for the item's own operation.</summary>
    private async Task<BotDecision> ProcessAsync(string botId, Work work)
    {
        var ct = CancellationToken.None;
        var queue = new Queue<BotOperation>();
        if (work.Operation is { } op)
        {
            queue.Enqueue(op);
        }
        else
        {
            await FetchFillsAsync(botId, queue, ct).ConfigureAwait(false);
        }

        BotDecision? first = null;
        while (queue.TryDequeue(out var next))
        {
            var decision = await DecideAndSaveAsync(botId, next, ct).ConfigureAwait(false);
            first ??= decision;
            if (!decision.Accepted)
            {
                continue;
            }

            var poll = false;
            foreach (var effect in decision.Effects)
            {
                poll |= await ExecuteAsync(botId, decision.State!, effect, queue, ct).ConfigureAwait(false);
            }

            if (poll)
            {
                await FetchFillsAsync(botId, queue, ct).ConfigureAwait(false);
            }
        }

        return first ?? new BotDecision(_cache.TryGetValue(botId, out var cached) ? cached.State : null, []);
    }

    private async Task<BotDecision> DecideAndSaveAsync(string botId, BotOperation op, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var cached = await LoadAsync(botId, ct).ConfigureAwait(false);
            var view = await ViewAsync(cached.State, op, ct).ConfigureAwait(false);
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

        var c = after.Config;
        await _registry.UpsertAsync(new BotInfo(after.BotId, c.Venue, c.Market, c.Rules.Symbol.Name, after.Status.ToString(), after.CreatedMs, after.UpdatedMs), ct)
            .ConfigureAwait(false);
    }

    private IExchange Exchange(BotState state) => _exchanges.GetOrAdd(state.BotId, _ => _exchangeFor(state.Config));

    /// <summary>
    /// What the bot sees: the time, the venue's price when the operation needs one (and its best bid and ask for a Tick
    /// or while the bot flattens), for a Tick the venue's view of every unconfirmed order, and the quote prices of the
    /// third assets its fees are charged in (read on every Tick).
    /// </summary>
    private async Task<MarketView> ViewAsync(BotState? state, BotOperation op, CancellationToken ct)
    {
        var config = state?.Config ?? (op as CreateBot)?.Config;
        var feePrices = _feePrices.GetValueOrDefault(config?.BotId ?? string.Empty);
        if (config is null || (op is not (Tick or StartBot or ResumeBot or CreateBot or FlattenBot) && state?.Status != BotStatus.Flattening))
        {
            return new MarketView(NowMs, null, FeePrices: feePrices);
        }

        var exchange = state is null ? _exchangeFor(config) : Exchange(state);
        var ticker = await exchange.GetTickerAsync(config.Rules.Symbol, ct).ConfigureAwait(false);
        var price = ticker.IsSuccess ? ticker.Value.Last : (decimal?)null;
        var quote = ticker.IsSuccess && ticker.Value.Bid > 0m && ticker.Value.Ask > 0m ? new TopOfBook(ticker.Value.Bid, ticker.Value.Ask) : null;
        if (op is not Tick || state is null)
        {
            return new MarketView(NowMs, price, Quote: quote, FeePrices: feePrices);
        }

        feePrices = await ReadFeePricesAsync(state, exchange, feePrices?.Keys ?? [], ct).ConfigureAwait(false);

        var lookups = new Dictionary<string, ExchangeOrder?>(StringComparer.Ordinal);
        foreach (var intent in state.Intents.Where(i => i.Status != IntentStatus.Open))
        {
            var order = await exchange.GetOrderAsync(config.Rules.Symbol, intent.ClientOrderId, ct).ConfigureAwait(false);
            if (order.IsSuccess)
            {
                lookups[intent.ClientOrderId] = order.Value;
            }
            else if (order.Error.Kind == ErrorKind.UnknownOrder)
            {
                lookups[intent.ClientOrderId] = null;
            }
        }

        return new MarketView(NowMs, price, lookups, quote, feePrices);
    }

    /// <summary>
    /// The quote price of each third asset (BNB) the bot's fees are charged in, read from the venue and cached until the
    /// next Tick; an asset whose price cannot be read has 0, and its fees stay unconverted.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, decimal>?> ReadFeePricesAsync(BotState state, IExchange exchange, IEnumerable<string> assets, CancellationToken ct)
    {
        var prices = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var asset in assets.ToList())
        {
            // 0 = not readable now: the bot leaves such fees unconverted, and the next Tick asks again.
            var ticker = await exchange.GetTickerAsync(new Symbol(asset, state.Config.Rules.Symbol.QuoteAsset), ct).ConfigureAwait(false);
            prices[asset] = ticker.IsSuccess && ticker.Value.Last > 0m ? ticker.Value.Last : 0m;
        }

        _feePrices[state.BotId] = prices;
        return prices;
    }

    /// <summary>Runs one effect; returns true when the venue may have filled something that should be read now.</summary>
    private async Task<bool> ExecuteAsync(string botId, BotState state, BotEffect effect, Queue<BotOperation> queue, CancellationToken ct)
    {
        switch (effect)
        {
            case PlaceOrder place:
                var placed = await Exchange(state).PlaceOrderAsync(place.Request, ct).ConfigureAwait(false);
                _options.CrashHook?.Invoke(CrashPoint.AfterSendBeforeAck);
                queue.Enqueue(placed.IsSuccess ? new OrderAccepted(placed.Value) : new OrderRejected(place.Request.ClientOrderId, placed.Error));
                return placed.IsSuccess && placed.Value.FilledQuantity > 0m;
            case CancelOrder cancel:
                _options.CrashHook?.Invoke(CrashPoint.BeforeCancel);
                var cancelled = await Exchange(state).CancelOrderAsync(cancel.Symbol, cancel.ClientOrderId, ct).ConfigureAwait(false);
                _options.CrashHook?.Invoke(CrashPoint.AfterCancelBeforeAck);
                if (cancelled.IsSuccess || cancelled.Error.Kind == ErrorKind.UnknownOrder)
                {
                    // Read fills first: an order that filled before the cancel must reach the grid as a fill.
                    await FetchFillsAsync(botId, queue, ct).ConfigureAwait(false);
                    queue.Enqueue(new OrderCanceled(cancel.ClientOrderId));
                }

                return false;
            case PublishFill publish:
                await PublishFillAsync(publish.BotId, publish.Fill, ct).ConfigureAwait(false);
                return false;
            case Notify notify:
                await _notifier.NotifyAsync(notify.BotId, notify.Text, ct).ConfigureAwait(false);
                return false;
            case Schedule schedule:
                ScheduleLater(botId, schedule);
                return false;
            default:
                throw new InvalidOperationException($"unknown effect {effect.GetType().Name}");
        }
    }

    /// <summary>
    /// Reads fills from the bot's cursor less <see cref="RuntimeOptions.FillCursorMargin"/>, records each in the ledger
    /// (idempotent), then queues the ones the bot has not applied. The overlap is what makes a venue clock behind ours
    /// harmless: the cursor starts at our time, the venue stamps fills with its own, and trade ids drop what was seen.
    /// </summary>
    private async Task FetchFillsAsync(string botId, Queue<BotOperation> queue, CancellationToken ct)
    {
        var state = (await LoadAsync(botId, ct).ConfigureAwait(false)).State;
        if (state is null)
        {
            return;
        }

        var readAtMs = NowMs;
        var since = state.FillCursorMs - (long)_options.FillCursorMargin.TotalMilliseconds;
        var fills = await Exchange(state).GetFillsSinceAsync(state.Config.Rules.Symbol, since, ct).ConfigureAwait(false);
        if (!fills.IsSuccess)
        {
            await _notifier.NotifyAsync(botId, $"could not read fills: {fills.Error}", ct).ConfigureAwait(false);
            return;
        }

        var queued = queue.OfType<FillObserved>().Select(f => f.Fill.TradeId).ToHashSet(StringComparer.Ordinal);
        await LearnFeeAssetsAsync(state, fills.Value, ct).ConfigureAwait(false);
        var applied = state.RecentTradeIds.ToHashSet(StringComparer.Ordinal);
        foreach (var fill in fills.Value)
        {
            // A fill the bot has applied is in the ledger already (the ledger is written first): the overlap re-reads it.
            if (applied.Contains(fill.TradeId) || queued.Contains(fill.TradeId))
            {
                continue;
            }

            _options.CrashHook?.Invoke(CrashPoint.AfterFillSeenBeforeLedger);
            await _ledger.AppendAsync(botId, fill, ct).ConfigureAwait(false);
            _options.CrashHook?.Invoke(CrashPoint.AfterLedgerBeforeApply);
            queued.Add(fill.TradeId);
            queue.Enqueue(new FillObserved(fill));
        }

        // A read with nothing new means no new fill from the cursor up to the read (the exchange contract), so a quiet
        // spell moves the cursor too. A read with new fills may be only the oldest part of a backlog: there the fills
        // move it. (The fill at the cursor itself comes back on every read: the start is inclusive.)
        var readThrough = readAtMs - (long)_options.FillCursorMargin.TotalMilliseconds;
        var nothingNew = fills.Value.All(f => applied.Contains(f.TradeId));
        if (nothingNew && readThrough - state.FillCursorMs >= (long)_options.FillCursorMaxLag.TotalMilliseconds)
        {
            queue.Enqueue(new FillsReadThrough(readThrough));
        }
    }

    /// <summary>A fill charged in a third asset the bot has not priced yet: read its price now, so the fill converts at its time.</summary>
    private async Task LearnFeeAssetsAsync(BotState state, IReadOnlyList<ExchangeFill> fills, CancellationToken ct)
    {
        var symbol = state.Config.Rules.Symbol;
        var known = _feePrices.GetValueOrDefault(state.BotId);
        var fresh = fills.Select(f => f.Fee.Asset).Where(a => a != symbol.BaseAsset && a != symbol.QuoteAsset && (known is null || !known.ContainsKey(a))).Distinct().ToList();
        if (fresh.Count > 0)
        {
            await ReadFeePricesAsync(state, Exchange(state), (known?.Keys ?? []).Concat(fresh), ct).ConfigureAwait(false);
        }
    }

    private void ScheduleLater(string botId, Schedule schedule)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, schedule.AtMs - NowMs));
        ITimer? timer = null;
        timer = _time.CreateTimer(_ => { Mailbox(botId).Post(new Work(schedule.Operation)); timer?.Dispose(); }, null, delay, Timeout.InfiniteTimeSpan);
    }

    private sealed record CachedBot(BotState? State, string? ETag, string? Material);
}
