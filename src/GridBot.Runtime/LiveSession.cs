using System.Threading.Channels;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using GridBot.Exchanges.Streaming;

namespace GridBot.Runtime;

/// <summary>
/// Runs one bot in real time. Every tick interval the bot reads new fills and gets a Tick (reconcile, trail, safety).
/// With a <see cref="UserEvents"/> stream, the venue's order and fill events wake the session between ticks: a fill
/// makes it read fills by REST now (the ledger dedupes by trade id, so REST stays the source of truth and nothing
/// is counted twice), an order that ended without a fill (canceled, expired, rejected) and every stream reconnect
/// also make it reconcile, which is the REST catch-up for events lost while the connection was down. The periodic
/// poll stays on as the safety net. With a <see cref="PaperExchange"/> as the trading venue, the paper book follows
/// the live venue's best bid/ask: pushed by <see cref="MarketData"/> when there is one, read by REST at each tick
/// otherwise. Stops after <c>maxTicks</c> timer ticks or when cancelled; the bot's state stays in the store, so the
/// next run with the same bot id picks it up.
/// </summary>
public sealed class LiveSession(BotRuntime runtime, IExchange prices, PaperExchange? paper, TimeProvider time, TimeSpan tickInterval)
{
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _pending;
    private Ticker? _streamQuote;
    private long _userEvents;
    private long _resyncs;
    private long _wakeups;
    private int? _venueOpen;
    private int? _untracked;
    private Symbol? _symbol;

    [Flags]
    private enum Wake
    {
        None = 0,
        ReadFills = 1,
        Reconcile = 2,
        Quote = 4,
    }

    /// <summary>The account's order and fill events; started (and its events subscribed) by <see cref="RunAsync"/>, disposed by the owner.</summary>
    public IUserEventStream? UserEvents { get; init; }

    /// <summary>Live best bid/ask for the paper book; started by <see cref="RunAsync"/>, disposed by the owner.</summary>
    public IMarketDataStream? MarketData { get; init; }

    public LiveSessionStats Stats => new(Interlocked.Read(ref _userEvents), Interlocked.Read(ref _resyncs), Interlocked.Read(ref _wakeups), _venueOpen, _untracked);

    public async Task<BotState> RunAsync(BotConfig config, int? maxTicks, Action<BotState>? onTick, CancellationToken ct)
    {
        Guard.NotNull(config);
        _symbol = config.Rules.Symbol;
        Subscribe();
        try
        {
            await StartStreamsAsync(ct).ConfigureAwait(false);
            await RefreshPaperAsync(config, ct).ConfigureAwait(false);
            var existing = await runtime.GetStateAsync(config.BotId, ct).ConfigureAwait(false);
            if (existing is null)
            {
                await BotRejectedException.ThrowIfRejected(runtime.SendAndWaitAsync(config.BotId, new CreateBot(config), ct)).ConfigureAwait(false);
                await BotRejectedException.ThrowIfRejected(runtime.SendAndWaitAsync(config.BotId, new StartBot(), ct)).ConfigureAwait(false);
            }
            else if (Mismatch(existing.Config, config) is { } difference)
            {
                throw new BotRejectedException(new BotRejection(BotRejectionReason.AlreadyExists,
                    $"bot {config.BotId} already exists with {difference}; resume it with the same options or choose another --bot-id"));
            }
            else
            {
                await ListVenueOrdersAsync(existing, ct).ConfigureAwait(false);
            }

            await LoopAsync(config, maxTicks, onTick, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped (Ctrl+C) mid-operation: the state was saved before any effect ran, so the next run resumes cleanly.
        }
        finally
        {
            Unsubscribe();
        }

        return await runtime.GetStateAsync(config.BotId, CancellationToken.None).ConfigureAwait(false)
            ?? throw new OperationCanceledException("stopped before the bot was created", ct);
    }

    private async Task LoopAsync(BotConfig config, int? maxTicks, Action<BotState>? onTick, CancellationToken ct)
    {
        var ticks = 0;
        var nextTick = time.GetUtcNow();
        while (!ct.IsCancellationRequested && (maxTicks is null || ticks < maxTicks))
        {
            var now = time.GetUtcNow();
            if (now >= nextTick)
            {
                Interlocked.Exchange(ref _pending, 0);
                await RefreshPaperAsync(config, ct).ConfigureAwait(false);
                await runtime.PollFillsAsync(config.BotId, ct).ConfigureAwait(false);
                await runtime.SendAndWaitAsync(config.BotId, new Tick(), ct).ConfigureAwait(false);
                ticks++;
                nextTick = now + tickInterval;
                onTick?.Invoke((await runtime.GetStateAsync(config.BotId, ct).ConfigureAwait(false))!);
                continue;
            }

            if (!await WaitAsync(nextTick - now, ct).ConfigureAwait(false))
            {
                break;
            }

            var wake = (Wake)Interlocked.Exchange(ref _pending, 0);
            if (wake != Wake.None)
            {
                Interlocked.Increment(ref _wakeups);
                await HandleWakeAsync(config, wake, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleWakeAsync(BotConfig config, Wake wake, CancellationToken ct)
    {
        if (wake.HasFlag(Wake.Quote) && paper is not null && Volatile.Read(ref _streamQuote) is { } quote)
        {
            paper.SetQuote(quote.Bid, quote.Ask, time.GetUtcNow().ToUnixTimeMilliseconds());
        }

        await runtime.PollFillsAsync(config.BotId, ct).ConfigureAwait(false);
        if (wake.HasFlag(Wake.Reconcile))
        {
            await runtime.SendAndWaitAsync(config.BotId, new Tick(), ct).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the delay or a stream event; false when cancelled.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var bell = _doorbell.Reader.WaitToReadAsync(stop.Token).AsTask();
        var timer = Task.Delay(delay, time, stop.Token);
        await Task.WhenAny(bell, timer).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        _doorbell.Reader.TryRead(out _);
        return !ct.IsCancellationRequested;
    }

    private void Ring(Wake wake)
    {
        Interlocked.Or(ref _pending, (int)wake);
        _doorbell.Writer.TryWrite(true);
    }

    private async Task StartStreamsAsync(CancellationToken ct)
    {
        if (UserEvents is not null)
        {
            await UserEvents.StartAsync(ct).ConfigureAwait(false);
        }

        if (MarketData is not null)
        {
            await MarketData.StartAsync(ct).ConfigureAwait(false);
        }
    }

    private void Subscribe()
    {
        if (UserEvents is not null)
        {
            UserEvents.FillReceived += OnFill;
            UserEvents.OrderUpdated += OnOrder;
            UserEvents.Resynced += OnUserResynced;
        }

        if (MarketData is not null)
        {
            MarketData.TickerUpdated += OnTicker;
        }
    }

    private void Unsubscribe()
    {
        if (UserEvents is not null)
        {
            UserEvents.FillReceived -= OnFill;
            UserEvents.OrderUpdated -= OnOrder;
            UserEvents.Resynced -= OnUserResynced;
        }

        if (MarketData is not null)
        {
            MarketData.TickerUpdated -= OnTicker;
        }
    }

    private void OnFill(ExchangeFill fill)
    {
        if (fill.Symbol == _symbol)
        {
            Interlocked.Increment(ref _userEvents);
            Ring(Wake.ReadFills);
        }
    }

    private void OnOrder(ExchangeOrder order)
    {
        if (order.Symbol != _symbol)
        {
            return;
        }

        Interlocked.Increment(ref _userEvents);
        if (!order.Status.IsOpen() && order.Status != OrderStatus.Filled)
        {
            Ring(Wake.ReadFills | Wake.Reconcile);
        }
        else if (order.FilledQuantity > 0)
        {
            Ring(Wake.ReadFills);
        }
    }

    private void OnUserResynced()
    {
        Interlocked.Increment(ref _resyncs);
        Ring(Wake.ReadFills | Wake.Reconcile);
    }

    private void OnTicker(Ticker ticker)
    {
        if (ticker.Symbol == _symbol && paper is not null && ticker.Bid > 0 && ticker.Ask >= ticker.Bid)
        {
            Volatile.Write(ref _streamQuote, ticker);
            Ring(Wake.Quote);
        }
    }

    private async Task RefreshPaperAsync(BotConfig config, CancellationToken ct)
    {
        if (paper is null)
        {
            return;
        }

        // A quote pushed within the last tick interval is fresh; otherwise (no stream, or it is down) ask REST.
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        if (Volatile.Read(ref _streamQuote) is { } pushed && nowMs - pushed.TimeMs <= tickInterval.TotalMilliseconds)
        {
            paper.SetQuote(pushed.Bid, pushed.Ask, nowMs);
            return;
        }

        var ticker = await prices.GetTickerAsync(config.Rules.Symbol, ct).ConfigureAwait(false);
        if (ticker.IsSuccess)
        {
            paper.SetQuote(ticker.Value.Bid, ticker.Value.Ask, nowMs);
        }
    }

    /// <summary>
    /// A resumed bot's orders as the venue lists them (every page): counted, and any the saved bot does not know named
    /// in a notification (a person decides; the bot never cancels what it cannot account for).
    /// </summary>
    private async Task ListVenueOrdersAsync(BotState state, CancellationToken ct)
    {
        var venue = (IExchange?)paper ?? prices;
        var open = await venue.GetOpenOrdersAsync(state.Config.Rules.Symbol, ct).ConfigureAwait(false);
        if (!open.IsSuccess && open.Error.Kind == Core.Errors.ErrorKind.RateLimited)
        {
            // The venue's limiter refused a page: the client now holds requests until the venue's reset, so one more
            // read waits for it instead of giving up the whole list.
            open = await venue.GetOpenOrdersAsync(state.Config.Rules.Symbol, ct).ConfigureAwait(false);
        }

        if (!open.IsSuccess)
        {
            await runtime.NotifyAsync(state.BotId, $"could not list the venue's open orders: {open.Error}", ct).ConfigureAwait(false);
            return;
        }

        var mine = open.Value.Where(o => o.ClientOrderId.StartsWith(state.BotId + "-", StringComparison.Ordinal)).ToList();
        var untracked = mine.Where(o => state.Intent(o.ClientOrderId) is null).Select(o => o.ClientOrderId).ToList();
        (_venueOpen, _untracked) = (mine.Count, untracked.Count);
        if (untracked.Count > 0)
        {
            await runtime.NotifyAsync(state.BotId, $"{untracked.Count} order(s) at the venue this bot does not track: {string.Join(", ", untracked.Take(10))}", ct)
                .ConfigureAwait(false);
        }
    }

    /// <summary>What a resumed bot's saved config says that the requested one contradicts (rules may change at the venue; they are not compared).</summary>
    private static string? Mismatch(BotConfig saved, BotConfig requested) =>
        saved.Venue != requested.Venue || saved.Market != requested.Market ? $"venue {saved.Venue} {saved.Market}"
        : saved.Rules.Symbol != requested.Rules.Symbol ? $"symbol {saved.Rules.Symbol}"
        : saved.Spec != requested.Spec ? FormattableString.Invariant($"grid {saved.Spec.Lower}–{saved.Spec.Upper} × {saved.Spec.Levels} {saved.Spec.Spacing}, {saved.Spec.Sizing}")
        : saved.Capital != requested.Capital ? FormattableString.Invariant($"capital {saved.Capital}")
        : null;
}
