using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Spot: a buy locks price × qty of quote, a sell locks qty of base; commission is charged in the asset received (a buy's
/// in the quote asset instead when <see cref="FakeMarketSettings.BuyFeeInBase"/> is off).
/// Perp: an order reserves price × qty / leverage of the USDT wallet; fills move a one-way signed position, realise PnL
/// into the wallet and charge commission in USDT.
/// </summary>
public sealed partial class FakeMarket
{
    private readonly Dictionary<string, decimal> _free = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _locked = new(StringComparer.Ordinal);
    private decimal _position;
    private decimal _entryPrice;
    private decimal _realizedPnl;
    private decimal _orderMargin;

    public int Leverage { get; internal set; }

    /// <summary>Signed base quantity: negative is short (perp only).</summary>
    public decimal PositionQuantity => Locked(() => _position);

    public decimal EntryPrice => Locked(() => _entryPrice);

    public decimal RealizedPnl => Locked(() => _realizedPnl);

    public IReadOnlyList<string> Assets => Locked(() => _free.Keys.Union(_locked.Keys).Order(StringComparer.Ordinal).ToArray());

    public decimal Free(string asset) => Locked(() => _free.GetValueOrDefault(asset));

    public decimal LockedBalance(string asset) => Locked(() => _locked.GetValueOrDefault(asset));

    /// <summary>Perp: wallet − position margin − open-order margin.</summary>
    public decimal AvailableMargin => Locked(() => _free.GetValueOrDefault(QuoteAsset) - PositionMargin() - _orderMargin);

    public decimal UnrealizedPnl => Locked(() => _position * (_lastPrice - _entryPrice));

    public void SetBalance(string asset, decimal free)
    {
        lock (_gate)
        {
            _free[asset] = free;
        }
    }

    private decimal PositionMargin() => Math.Abs(_position) * _entryPrice / Leverage;

    private MarketRejection Reserve(FakeOrder order)
    {
        if (Type == MarketType.Perp)
        {
            return ReserveMargin(order);
        }

        var (asset, amount) = order.Side == OrderSide.Buy ? (QuoteAsset, order.ReservePrice * order.Quantity) : (BaseAsset, order.Quantity);
        if (_free.GetValueOrDefault(asset) < amount)
        {
            return MarketRejection.InsufficientBalance;
        }

        _free[asset] -= amount;
        _locked[asset] = _locked.GetValueOrDefault(asset) + amount;
        return MarketRejection.None;
    }

    private MarketRejection ReserveMargin(FakeOrder order)
    {
        if (order.ReduceOnly)
        {
            return _position != 0m && Math.Sign(_position) != order.Side.Sign() ? MarketRejection.None : MarketRejection.ReduceOnlyRejected;
        }

        var margin = order.ReservePrice * order.Quantity / Leverage;
        if (_free.GetValueOrDefault(QuoteAsset) - PositionMargin() - _orderMargin < margin)
        {
            return MarketRejection.InsufficientBalance;
        }

        order.ReservedMargin = margin;
        _orderMargin += margin;
        return MarketRejection.None;
    }

    private void Release(FakeOrder order)
    {
        if (Type == MarketType.Perp)
        {
            _orderMargin -= order.ReservedMargin;
            order.ReservedMargin = 0m;
            return;
        }

        var (asset, amount) = order.Side == OrderSide.Buy ? (QuoteAsset, order.ReservePrice * order.Remaining) : (BaseAsset, order.Remaining);
        _locked[asset] -= amount;
        _free[asset] = _free.GetValueOrDefault(asset) + amount;
    }

    private (decimal Commission, string Asset, decimal Pnl) Settle(FakeOrder order, decimal quantity, decimal price, decimal feeRate)
    {
        if (Type == MarketType.Perp)
        {
            var released = order.ReservedMargin * quantity / order.Remaining;
            order.ReservedMargin -= released;
            _orderMargin -= released;
            var fee = price * quantity * feeRate;
            var pnl = MovePosition(order.Side.Sign() * quantity, price);
            _free[QuoteAsset] = _free.GetValueOrDefault(QuoteAsset) + pnl - fee;
            return (fee, QuoteAsset, pnl);
        }

        if (order.Side == OrderSide.Buy)
        {
            _locked[QuoteAsset] -= order.ReservePrice * quantity;
            _free[QuoteAsset] = _free.GetValueOrDefault(QuoteAsset) + ((order.ReservePrice - price) * quantity);
            if (!Settings.BuyFeeInBase)
            {
                var quoteBuyFee = price * quantity * feeRate;
                _free[QuoteAsset] -= quoteBuyFee;
                _free[BaseAsset] = _free.GetValueOrDefault(BaseAsset) + quantity;
                return (quoteBuyFee, QuoteAsset, 0m);
            }

            var fee = quantity * feeRate;
            _free[BaseAsset] = _free.GetValueOrDefault(BaseAsset) + quantity - fee;
            return (fee, BaseAsset, 0m);
        }

        var quoteFee = price * quantity * feeRate;
        _locked[BaseAsset] -= quantity;
        _free[QuoteAsset] = _free.GetValueOrDefault(QuoteAsset) + (price * quantity) - quoteFee;
        return (quoteFee, QuoteAsset, 0m);
    }

    private decimal MovePosition(decimal signedQuantity, decimal price)
    {
        if (_position == 0m || Math.Sign(_position) == Math.Sign(signedQuantity))
        {
            var size = Math.Abs(_position);
            _entryPrice = ((_entryPrice * size) + (price * Math.Abs(signedQuantity))) / (size + Math.Abs(signedQuantity));
            _position += signedQuantity;
            return 0m;
        }

        var closing = Math.Min(Math.Abs(_position), Math.Abs(signedQuantity));
        var pnl = closing * (price - _entryPrice) * Math.Sign(_position);
        _realizedPnl += pnl;
        _position += signedQuantity;
        if (_position == 0m)
        {
            _entryPrice = 0m;
        }
        else if (Math.Sign(_position) == Math.Sign(signedQuantity))
        {
            _entryPrice = price;
        }

        return pnl;
    }
}
