using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>
/// What a bot's effects do at the venue and in the ledger, for every host: the market view an operation is decided on,
/// order placement and cancellation, and the fill read that records each new fill in the ledger before the bot sees it.
/// The local runtime calls these directly; the Function app's activities call the same methods. Keeps one exchange per
/// bot and the quote prices of third fee assets (read on each Tick). Thread-safe.
/// </summary>
public sealed class BotEffects
{
    private readonly ConcurrentDictionary<string, IExchange> _exchanges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, decimal>> _feePrices = new(StringComparer.Ordinal);
    private readonly Func<BotConfig, IExchange> _exchangeFor;
    private readonly IFillLedger _ledger;
    private readonly INotifier _notifier;
    private readonly TimeProvider _time;
    private readonly RuntimeOptions _options;

    public BotEffects(Func<BotConfig, IExchange> exchangeFor, IFillLedger ledger, INotifier notifier, TimeProvider time, RuntimeOptions? options = null)
    {
        _exchangeFor = Guard.NotNull(exchangeFor);
        _ledger = Guard.NotNull(ledger);
        _notifier = Guard.NotNull(notifier);
        _time = Guard.NotNull(time);
        _options = options ?? new RuntimeOptions();
    }

    public long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>The bot's exchange (one per bot, made once from its config).</summary>
    public IExchange Exchange(BotConfig config) => _exchanges.GetOrAdd(Guard.NotNull(config).BotId, _ => _exchangeFor(config));

    /// <summary>
    /// What the bot sees: the time, the venue's price when the operation needs one (and its best bid and ask for a Tick
    /// or while the bot flattens), for a Tick the venue's view of every unconfirmed order, and the quote prices of the
    /// third assets its fees are charged in (read on every Tick).
    /// </summary>
    public async Task<MarketView> ViewAsync(BotState? state, BotOperation op, CancellationToken ct)
    {
        var config = state?.Config ?? (op as CreateBot)?.Config;
        var feePrices = _feePrices.GetValueOrDefault(config?.BotId ?? string.Empty);
        if (config is null || (op is not (Tick or StartBot or ResumeBot or CreateBot or FlattenBot) && state?.Status != BotStatus.Flattening))
        {
            return new MarketView(NowMs, null, FeePrices: feePrices);
        }

        var exchange = state is null ? _exchangeFor(config) : Exchange(config);
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

    public async Task<PlaceOutcome> PlaceAsync(BotState state, PlaceOrder place, CancellationToken ct)
    {
        Guard.NotNull(state);
        Guard.NotNull(place);
        var placed = await Exchange(state.Config).PlaceOrderAsync(place.Request, ct).ConfigureAwait(false);
        _options.CrashHook?.Invoke(CrashPoint.AfterSendBeforeAck);
        return placed.IsSuccess
            ? new PlaceOutcome(new OrderAccepted(placed.Value), placed.Value.FilledQuantity > 0m)
            : new PlaceOutcome(new OrderRejected(place.Request.ClientOrderId, placed.Error), false);
    }

    public async Task<bool> CancelAsync(BotState state, CancelOrder cancel, CancellationToken ct)
    {
        Guard.NotNull(state);
        Guard.NotNull(cancel);
        _options.CrashHook?.Invoke(CrashPoint.BeforeCancel);
        var cancelled = await Exchange(state.Config).CancelOrderAsync(cancel.Symbol, cancel.ClientOrderId, ct).ConfigureAwait(false);
        _options.CrashHook?.Invoke(CrashPoint.AfterCancelBeforeAck);
        return cancelled.IsSuccess || cancelled.Error.Kind == ErrorKind.UnknownOrder;
    }

    public Task NotifyAsync(Notify notify, CancellationToken ct) => _notifier.NotifyAsync(Guard.NotNull(notify).BotId, notify.Text, ct);

    /// <summary>
    /// Reads fills from the bot's cursor less <see cref="RuntimeOptions.FillCursorMargin"/>, records each in the ledger
    /// (idempotent), and returns the ones the bot has not applied (and are not queued already) as operations. The
    /// overlap is what makes a venue clock behind ours harmless: the cursor starts at our time, the venue stamps fills
    /// with its own, and trade ids drop what was seen. The fills newly recorded are announced in one message (<see cref="FillNotice"/>).
    /// </summary>
    public async Task<IReadOnlyList<BotOperation>> ReadFillsAsync(BotState state, IReadOnlyCollection<string> queuedTradeIds, CancellationToken ct)
    {
        Guard.NotNull(state);
        var ops = new List<BotOperation>();
        var readAtMs = NowMs;
        var since = state.FillCursorMs - (long)_options.FillCursorMargin.TotalMilliseconds;
        var fills = await Exchange(state.Config).GetFillsSinceAsync(state.Config.Rules.Symbol, since, ct).ConfigureAwait(false);
        if (!fills.IsSuccess)
        {
            await _notifier.NotifyAsync(state.BotId, $"could not read fills: {fills.Error}", ct).ConfigureAwait(false);
            return ops;
        }

        var queued = queuedTradeIds.ToHashSet(StringComparer.Ordinal);
        await LearnFeeAssetsAsync(state, fills.Value, ct).ConfigureAwait(false);
        var applied = state.RecentTradeIds.ToHashSet(StringComparer.Ordinal);
        var recorded = new List<ExchangeFill>();
        foreach (var fill in fills.Value)
        {
            // A fill the bot has applied is in the ledger already (the ledger is written first): the overlap re-reads it.
            if (applied.Contains(fill.TradeId) || queued.Contains(fill.TradeId))
            {
                continue;
            }

            _options.CrashHook?.Invoke(CrashPoint.AfterFillSeenBeforeLedger);
            if (await _ledger.AppendAsync(state.BotId, fill, ct).ConfigureAwait(false))
            {
                recorded.Add(fill);
            }

            _options.CrashHook?.Invoke(CrashPoint.AfterLedgerBeforeApply);
            queued.Add(fill.TradeId);
            ops.Add(new FillObserved(fill));
        }

        // One message for what this read brought in, only for fills the ledger had not recorded before: a re-read after
        // a crash or a retried activity does not announce them twice (a crash right here loses the message, not the fill).
        if (recorded.Count > 0)
        {
            await _notifier.NotifyAsync(state.BotId, FillNotice.Text(state.BotId, recorded), ct).ConfigureAwait(false);
        }

        // A read with nothing new means no new fill from the cursor up to the read (the exchange contract), so a quiet
        // spell moves the cursor too. A read with new fills may be only the oldest part of a backlog: there the fills
        // move it. (The fill at the cursor itself comes back on every read: the start is inclusive.)
        var readThrough = readAtMs - (long)_options.FillCursorMargin.TotalMilliseconds;
        var nothingNew = fills.Value.All(f => applied.Contains(f.TradeId));
        if (nothingNew && readThrough - state.FillCursorMs >= (long)_options.FillCursorMaxLag.TotalMilliseconds)
        {
            ops.Add(new FillsReadThrough(readThrough));
        }

        return ops;
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

    /// <summary>A fill charged in a third asset the bot has not priced yet: read its price now, so the fill converts at its time.</summary>
    private async Task LearnFeeAssetsAsync(BotState state, IReadOnlyList<ExchangeFill> fills, CancellationToken ct)
    {
        var symbol = state.Config.Rules.Symbol;
        var known = _feePrices.GetValueOrDefault(state.BotId);
        var fresh = fills.Select(f => f.Fee.Asset).Where(a => a != symbol.BaseAsset && a != symbol.QuoteAsset && (known is null || !known.ContainsKey(a))).Distinct().ToList();
        if (fresh.Count > 0)
        {
            await ReadFeePricesAsync(state, Exchange(state.Config), (known?.Keys ?? []).Concat(fresh), ct).ConfigureAwait(false);
        }
    }
}
