using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// One symbol's order book stand-in and account (spot balances, or a perp USDT wallet and a one-way position).
/// The touch is <see cref="Bid"/> = last − tick and <see cref="Ask"/> = last + tick: a buy at or above the ask (a sell
/// at or below the bid) takes at once at the touch; anything else rests until <see cref="Trade"/> reaches its price,
/// and then fills at its own limit price as maker. Thread-safe (one lock per market).
/// </summary>
public sealed partial class FakeMarket
{
    private readonly Lock _gate = new();
    private readonly List<FakeOrder> _orders = [];
    private readonly List<FakeFill> _fills = [];
    private readonly TimeProvider _clock;
    private decimal _lastPrice;
    private long _nextOrderId;
    private long _nextTradeId = 1;

    internal FakeMarket(MarketType type, SymbolRules rules, decimal lastPrice, TimeProvider clock, FakeMarketSettings settings)
    {
        Type = type;
        Rules = rules;
        Settings = settings;
        Leverage = settings.Leverage;
        _lastPrice = lastPrice;
        _clock = clock;
        _nextOrderId = settings.FirstOrderId;
    }

    public MarketType Type { get; }

    public SymbolRules Rules { get; }

    public FakeMarketSettings Settings { get; }

    /// <summary>
    /// When set, the symbol is listed with this status instead of trading (Binance "BREAK"/"HALT", Bybit "Closed"…);
    /// the fake still matches orders that reach it, so a test sees whether the client checked first.
    /// </summary>
    public string? HaltedStatus { get; set; }

    public string BaseAsset => Rules.Symbol.BaseAsset;

    public string QuoteAsset => Rules.Symbol.QuoteAsset;

    public decimal LastPrice
    {
        get
        {
            lock (_gate)
            {
                return _lastPrice;
            }
        }

        set
        {
            lock (_gate)
            {
                _lastPrice = value;
            }
        }
    }

    public decimal Bid => LastPrice - Rules.TickSize;

    public decimal Ask => LastPrice + Rules.TickSize;

    public IReadOnlyList<FakeOrder> Orders => Locked(() => _orders.ToArray());

    public IReadOnlyList<FakeOrder> OpenOrders => Locked(() => _orders.Where(o => o.IsOpen).ToArray());

    public IReadOnlyList<FakeFill> Fills => Locked(() => _fills.ToArray());

    public IReadOnlyList<FakeOrder> OrdersWithClientId(string clientOrderId) =>
        Locked(() => _orders.Where(o => o.ClientOrderId == clientOrderId).ToArray());

    /// <summary>
    /// A trade prints at <paramref name="price"/>: resting buys priced at or above it and sells at or below it fill at
    /// their limit (best price first, then oldest), sharing at most <paramref name="maxQuantity"/> between them.
    /// </summary>
    public IReadOnlyList<FakeFill> Trade(decimal price, decimal maxQuantity = decimal.MaxValue)
    {
        try
        {
            return TradeLocked(price, maxQuantity);
        }
        finally
        {
            RaisePending();
        }
    }

    internal (FakeOrder? Order, MarketRejection Rejection) Place(FakeOrderRequest request)
    {
        try
        {
            return PlaceLocked(request);
        }
        finally
        {
            RaisePending();
        }
    }

    /// <summary>Fills up to <paramref name="quantity"/> of an open order at its limit price (the partial-fill fault).</summary>
    internal IReadOnlyList<FakeFill> FillNow(FakeOrder order, decimal quantity)
    {
        try
        {
            lock (_gate)
            {
                var amount = Math.Min(quantity, order.Remaining);
                return order.IsOpen && amount > 0m ? [Fill(order, amount, order.Price, isMaker: true)] : [];
            }
        }
        finally
        {
            RaisePending();
        }
    }

    private List<FakeFill> TradeLocked(decimal price, decimal maxQuantity)
    {
        lock (_gate)
        {
            _lastPrice = price;
            var touched = _orders
                .Where(o => o.IsOpen && o.Type != FakeOrderType.Market && (o.Side == OrderSide.Buy ? o.Price >= price : o.Price <= price))
                .OrderBy(o => o.Side == OrderSide.Buy ? -o.Price : o.Price)
                .ThenBy(o => o.Id)
                .ToList();
            var fills = new List<FakeFill>();
            var left = maxQuantity;
            foreach (var order in touched)
            {
                if (left <= 0m)
                {
                    break;
                }

                var quantity = Math.Min(order.Remaining, left);
                fills.Add(Fill(order, quantity, order.Price, isMaker: true));
                left -= quantity;
            }

            return fills;
        }
    }

    private (FakeOrder? Order, MarketRejection Rejection) PlaceLocked(FakeOrderRequest request)
    {
        lock (_gate)
        {
            var rejection = Precheck(request);
            if (rejection != MarketRejection.None)
            {
                return (null, rejection);
            }

            var touch = request.Side == OrderSide.Buy ? _lastPrice + Rules.TickSize : _lastPrice - Rules.TickSize;
            var marketable = request.Type == FakeOrderType.Market ||
                (request.Side == OrderSide.Buy ? request.Price >= touch : request.Price <= touch);
            var postOnly = request.TimeInForce == FakeTimeInForce.PostOnly || request.Type == FakeOrderType.LimitMaker;
            if (marketable && postOnly && Settings.PostOnlyCrossRejects)
            {
                return (null, MarketRejection.WouldTakeAsMaker);
            }

            var order = new FakeOrder(_nextOrderId++, request.ClientOrderId ?? string.Empty, request, NowMs)
            {
                ReservePrice = request.Type == FakeOrderType.Market ? touch : request.Price,
            };
            if (marketable && postOnly)
            {
                order.Status = FakeOrderStatus.Canceled;
                order.CancelReason = "EC_PostOnlyWillTakeLiquidity";
                _orders.Add(order);
                Publish(order, FakeExecutionType.Canceled);
                return (order, MarketRejection.None);
            }

            rejection = Reserve(order);
            if (rejection != MarketRejection.None)
            {
                return (null, rejection);
            }

            _orders.Add(order);
            Publish(order, FakeExecutionType.New);
            Execute(order, marketable, touch);
            return (order, MarketRejection.None);
        }
    }

    /// <summary>By order id, else by client id: the open order with it, or the latest one.</summary>
    internal FakeOrder? Find(long? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            if (orderId is { } id)
            {
                return _orders.FirstOrDefault(o => o.Id == id);
            }

            var same = _orders.Where(o => o.ClientOrderId == clientOrderId).ToList();
            return same.FirstOrDefault(o => o.IsOpen) ?? same.LastOrDefault();
        }
    }

    /// <summary>Cancels an open order; <paramref name="cancelRequestId"/> names the request in the pushed event (Binance spot).</summary>
    internal bool Cancel(FakeOrder order, string? cancelRequestId = null)
    {
        try
        {
            lock (_gate)
            {
                if (!order.IsOpen)
                {
                    return false;
                }

                Release(order);
                order.Status = FakeOrderStatus.Canceled;
                order.UpdatedMs = NowMs;
                Publish(order, FakeExecutionType.Canceled, cancelRequestId: cancelRequestId);
                return true;
            }
        }
        finally
        {
            RaisePending();
        }
    }

    private long NowMs => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    private MarketRejection Precheck(FakeOrderRequest request)
    {
        var id = request.ClientOrderId;
        if (!string.IsNullOrEmpty(id) &&
            _orders.Any(o => o.ClientOrderId == id && (Settings.DuplicatesAcrossAllOrders || o.IsOpen)))
        {
            return MarketRejection.DuplicateClientOrderId;
        }

        return Rules.MaxOpenOrders is { } max && _orders.Count(o => o.IsOpen) >= max
            ? MarketRejection.TooManyOpenOrders
            : MarketRejection.None;
    }

    private void Execute(FakeOrder order, bool marketable, decimal touch)
    {
        if (marketable)
        {
            Fill(order, order.Remaining, touch, isMaker: false);
        }
        else if (order.TimeInForce is FakeTimeInForce.Ioc or FakeTimeInForce.Fok)
        {
            Release(order);
            order.Status = FakeOrderStatus.Expired;
            Publish(order, FakeExecutionType.Expired);
        }
    }

    private FakeFill Fill(FakeOrder order, decimal quantity, decimal price, bool isMaker)
    {
        var (commission, asset, pnl) = Settle(order, quantity, price, isMaker ? Settings.MakerFeeRate : Settings.TakerFeeRate);
        order.FilledQuantity += quantity;
        order.CumulativeQuote += quantity * price;
        order.CumulativeFee += commission;
        order.Status = order.Remaining == 0m ? FakeOrderStatus.Filled : FakeOrderStatus.PartiallyFilled;
        order.UpdatedMs = NowMs;
        var fill = new FakeFill(
            _nextTradeId++, order.Id, order.ClientOrderId, order.Side, price, quantity, commission, asset, isMaker, NowMs, pnl);
        _fills.Add(fill);
        Publish(order, FakeExecutionType.Trade, fill);
        return fill;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}
