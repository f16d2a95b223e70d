using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Paper;

/// <summary>
/// The embedded paper venue: one symbol, exact decimal books, errors shaped like Binance's (codes and messages).
/// <para>
/// Prices come from <see cref="MoveTo"/> (the market trades at one price; bid = ask = last) or
/// <see cref="SetQuote"/> (a live stream; last = mid). A resting order the price touches fills in full at its limit
/// as maker (touch = fill, as in the backtest kernel, so both produce the same fills). An order that crosses the
/// current price when placed fills at once as taker at the current ask (buy) or bid (sell), so a marketable limit
/// gets the better price; market orders fill at ask × (1 + slippage) or bid × (1 − slippage). There is no depth unless
/// <see cref="PaperExchangeOptions.TouchDepth"/> makes the book thin: then a limit IOC takes at most what is left at
/// the touch until the price moves. Fees are in quote, or in <see cref="PaperExchangeOptions.FeeAsset"/> (BNB) while
/// the account holds enough of it.
/// </para>
/// <para>
/// Balances: a spot buy locks its notional (limit × quantity) in quote; its fee is paid from free quote at the fill.
/// Placement needs free quote ≥ notional × (1 + fee rate) plus the fees reserved for the other open buys, so free
/// quote never goes negative. A spot sell locks its base; its fee comes out of the proceeds. On perp the quote balance
/// is the margin wallet: every order that is not reduce-only locks notional / leverage (conservatively, even one that
/// would reduce the position), the position holds |quantity| × entry / leverage, fees and realized PnL go to the
/// wallet. There is no liquidation engine and no funding: free margin can go negative after losses.
/// </para>
/// <para>
/// Time: the venue clock never goes backwards. A price move is stamped at its time; a placement or cancel at the
/// <see cref="TimeProvider"/>'s time, unless the market is already later. So fill times never decrease along trade ids
/// and <c>GetFillsSinceAsync(lastSeenFillTime)</c> never misses a fill.
/// </para>
/// <para>Thread-safety: every public member takes one lock, so callers on several tasks see one consistent book.
/// Async methods complete synchronously and return a cancelled task when the token is already cancelled.</para>
/// </summary>
public sealed partial class PaperExchange : IExchange
{
    private readonly Lock _gate = new();
    private readonly PaperExchangeOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, PaperOrder> _orders = new(StringComparer.Ordinal);
    private readonly List<PaperOrder> _open = [];
    private readonly List<ExchangeFill> _fills = [];
    private readonly List<Bar> _klines = [];
    private readonly decimal _slippage;
    private decimal _quote;
    private decimal _base;
    private decimal _positionQty;
    private decimal _entryPrice;
    private decimal _totalFees;
    private decimal _feeAsset;
    private decimal _touchLeft;
    private bool _hasPrice;
    private decimal _bid;
    private decimal _ask;
    private decimal _last;
    private long _marketTimeMs;
    private long _clockMs;
    private long _lastOrderSequence;
    private long _lastTradeId;

    public PaperExchange(PaperExchangeOptions options, TimeProvider time)
    {
        _options = Guard.NotNull(options);
        _time = Guard.NotNull(time);
        Guard.NotNull(options.Rules);
        Guard.NotNull(options.Fees);
        Guard.InRange(options.SlippageBps, 0m, 10_000m);
        Guard.NonNegative(options.StartingQuote);
        Guard.NonNegative(options.StartingBase);
        Guard.Positive(options.Leverage);
        Guard.That(options.Market == MarketType.Spot || options.StartingBase == 0m, "a perp account holds no base");
        _slippage = options.SlippageBps / 10_000m;
        Guard.That(options.TouchDepth is null or > 0m, "touch depth must be positive");
        Guard.That(options.FeeAsset is null || options.FeeAssetPrice > 0m, "a fee asset needs its price");
        Guard.NonNegative(options.StartingFeeAsset);
        _quote = options.StartingQuote;
        _base = options.StartingBase;
        _feeAsset = options.StartingFeeAsset;
    }

    private Symbol? FeeSymbol => _options.FeeAsset is { } asset ? new Symbol(asset, Symbol.QuoteAsset) : null;

    public Venue Venue => _options.Venue;

    public MarketType Market => _options.Market;

    public Symbol Symbol => _options.Rules.Symbol;

    /// <summary>
    /// Decides, per placement, whether to simulate a lost request or response (<see cref="PaperFault"/>).
    /// Null or <see cref="PaperFault.None"/>: placements behave normally.
    /// </summary>
    public Func<OrderRequest, PaperFault>? PlacementFault { get; set; }

    /// <summary>All fees charged so far, in quote.</summary>
    public decimal TotalFees
    {
        get
        {
            lock (_gate)
            {
                return _totalFees;
            }
        }
    }

    public int FillCount
    {
        get
        {
            lock (_gate)
            {
                return _fills.Count;
            }
        }
    }

    public Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct) =>
        RunFor<SymbolRules>(symbol, () => _options.Rules, ct);

    public Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct) => symbol is not null && symbol == FeeSymbol
        ? Run<Ticker>(() => new Ticker(symbol, _options.FeeAssetPrice, _options.FeeAssetPrice, _options.FeeAssetPrice, _marketTimeMs), ct)
        : RunFor<Ticker>(symbol!, () => _hasPrice ? new Ticker(Symbol, _bid, _ask, _last, _marketTimeMs) : PaperErrors.NoPrice, ct);

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct) =>
        RunFor(symbol, () => Result<IReadOnlyList<ExchangeOrder>>.Ok(_open.Select(o => o.ToExchangeOrder()).ToList()), ct);

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        RunFor<ExchangeOrder>(symbol, () => clientOrderId is not null && _orders.TryGetValue(clientOrderId, out var order)
            ? order.ToExchangeOrder()
            : PaperErrors.NoSuchOrder, ct);

    public Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct) =>
        RunFor(symbol, () => Result<IReadOnlyList<ExchangeFill>>.Ok(_fills.Where(f => f.TimeMs >= sinceMs).ToList()), ct);

    private Task<Result<T>> RunFor<T>(Symbol symbol, Func<Result<T>> body, CancellationToken ct) =>
        Run(() => symbol == _options.Rules.Symbol ? body() : PaperErrors.InvalidSymbol, ct);

    private Task<Result<T>> Run<T>(Func<Result<T>> body, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<Result<T>>(ct);
        }

        lock (_gate)
        {
            return Task.FromResult(body());
        }
    }

    /// <summary>Advances the venue clock to <paramref name="candidateMs"/> unless it is already later.</summary>
    private long Stamp(long candidateMs) => _clockMs = Math.Max(_clockMs, candidateMs);

    private long StampNow() => Stamp(_time.GetUtcNow().ToUnixTimeMilliseconds());
}
