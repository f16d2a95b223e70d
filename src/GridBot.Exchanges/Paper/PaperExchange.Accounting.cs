using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Paper;

public sealed partial class PaperExchange
{
    private bool IsPerp => _options.Market == MarketType.Perp;

    /// <summary>
    /// Account value in quote at <paramref name="markPrice"/>: quote + base × mark on spot; wallet + unrealized PnL
    /// on perp.
    /// </summary>
    public decimal Equity(decimal markPrice)
    {
        Guard.Positive(markPrice);
        lock (_gate)
        {
            var feeAsset = _feeAsset * _options.FeeAssetPrice;
            return feeAsset + (IsPerp ? _quote + UnrealizedPnl(markPrice) : _quote + (_base * markPrice));
        }
    }

    /// <summary>Quote and base on spot; only the quote (margin) wallet on perp. Locks are derived from the open orders.</summary>
    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct) => Run(() =>
    {
        var lockedQuote = LockedQuote();
        var quote = new Balance(Symbol.QuoteAsset, _quote - lockedQuote, lockedQuote);
        if (IsPerp)
        {
            return Result<IReadOnlyList<Balance>>.Ok([quote]);
        }

        var lockedBase = LockedBase();
        var spot = new Balance(Symbol.BaseAsset, _base - lockedBase, lockedBase);
        return Result<IReadOnlyList<Balance>>.Ok(_options.FeeAsset is { } asset ? [quote, spot, new Balance(asset, _feeAsset, 0m)] : [quote, spot]);
    }, ct);

    /// <summary>The one-way perp position marked at the last price (no liquidation price: there is no liquidation engine).</summary>
    public Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct) => RunFor(symbol, () =>
        Result<PerpPosition?>.Ok(IsPerp && _positionQty != 0m
            ? new PerpPosition(Symbol, _positionQty, _entryPrice, _last, null, _options.Leverage, UnrealizedPnl(_last))
            : null), ct);

    private decimal UnrealizedPnl(decimal mark) => (mark - _entryPrice) * _positionQty;

    /// <summary>Reduce-only means something only on perp; a spot venue has no position to reduce, so it is ignored there.</summary>
    private bool IsReduceOnly(OrderRequest request) => IsPerp && request.ReduceOnly;

    private decimal ReducibleQuantity(PaperOrder order) =>
        IsReduceOnly(order.Request) ? ReducibleQuantity(order.Request.Side, order.Remaining) : order.Remaining;

    /// <summary>How much of a reduce-only order can fill now: up to the size of an opposite position, else nothing.</summary>
    private decimal ReducibleQuantity(OrderSide side, decimal quantity) =>
        _positionQty * side.Sign() < 0m ? Math.Min(quantity, Math.Abs(_positionQty)) : 0m;

    private bool CanAfford(OrderRequest request, decimal price, Liquidity liquidity)
    {
        var notional = price * request.Quantity;
        var fee = _options.Fees.QuoteFee(notional, liquidity);
        if (!IsPerp && request.Side == OrderSide.Sell)
        {
            return request.Quantity <= _base - LockedBase();
        }

        var margin = IsPerp ? (IsReduceOnly(request) ? 0m : notional / _options.Leverage) : notional;
        return margin + fee <= _quote - LockedQuote() - FeeReserve();
    }

    /// <summary>Quote held by open orders (and, on perp, by the position's margin).</summary>
    private decimal LockedQuote()
    {
        if (!IsPerp)
        {
            return _open.Where(o => o.Request.Side == OrderSide.Buy).Sum(o => o.Remaining * o.Limit);
        }

        var orders = _open.Where(o => !o.Request.ReduceOnly).Sum(o => o.Remaining * o.Limit) / _options.Leverage;
        return orders + (Math.Abs(_positionQty) * _entryPrice / _options.Leverage);
    }

    private decimal LockedBase() =>
        IsPerp ? 0m : _open.Where(o => o.Request.Side == OrderSide.Sell).Sum(o => o.Remaining);

    /// <summary>Maker fees the open orders will pay from free quote when they fill (spot sells pay from proceeds).</summary>
    private decimal FeeReserve() => _open
        .Where(o => IsPerp || o.Request.Side == OrderSide.Buy)
        .Sum(o => _options.Fees.QuoteFee(o.Remaining * o.Limit, Liquidity.Maker));

    private ExchangeFill Execute(PaperOrder order, decimal price, decimal quantity, Liquidity liquidity)
    {
        var side = order.Request.Side;
        var notional = price * quantity;
        var charged = FeeFor(notional, liquidity);
        var fee = charged.Asset == Symbol.QuoteAsset ? charged.Amount : 0m;
        if (IsPerp)
        {
            _quote += ApplyToPosition(side, quantity, price) - fee;
        }
        else if (side == OrderSide.Buy)
        {
            _quote -= notional + fee;
            _base += quantity;
        }
        else
        {
            _quote += notional - fee;
            _base -= quantity;
        }

        _totalFees += fee + (charged.Asset == Symbol.QuoteAsset ? 0m : charged.Amount * _options.FeeAssetPrice);
        order.AddFill(quantity, _clockMs);
        var fill = new ExchangeFill(Symbol, (++_lastTradeId).ToString(CultureInfo.InvariantCulture), order.Request.ClientOrderId,
            order.ExchangeOrderId, side, price, quantity, charged, liquidity == Liquidity.Maker, _clockMs);
        _fills.Add(fill);
        return fill;
    }

    /// <summary>The fee for a fill: in the fee asset (discounted) while the account holds enough of it, else in quote.</summary>
    private CashAmount FeeFor(decimal notional, Liquidity liquidity)
    {
        if (_options.FeeAsset is { } asset)
        {
            var inAsset = decimal.Round(_options.Fees.QuoteFee(notional, liquidity, payWithBnb: true) / _options.FeeAssetPrice, 8, MidpointRounding.ToPositiveInfinity);
            if (inAsset <= _feeAsset)
            {
                _feeAsset -= inAsset;
                return new CashAmount(inAsset, asset);
            }
        }

        return new CashAmount(_options.Fees.QuoteFee(notional, liquidity), Symbol.QuoteAsset);
    }

    /// <summary>
    /// One-way position update: adding averages the entry price; reducing realizes (price − entry) × closed × direction;
    /// crossing through flat opens the rest at <paramref name="price"/>. Returns the realized PnL in quote.
    /// </summary>
    private decimal ApplyToPosition(OrderSide side, decimal quantity, decimal price)
    {
        var signed = side.Sign() * quantity;
        if (_positionQty == 0m || Math.Sign(_positionQty) == Math.Sign(signed))
        {
            var size = Math.Abs(_positionQty);
            _entryPrice = ((size * _entryPrice) + (quantity * price)) / (size + quantity);
            _positionQty += signed;
            return 0m;
        }

        var closed = Math.Min(quantity, Math.Abs(_positionQty));
        var realized = (price - _entryPrice) * closed * Math.Sign(_positionQty);
        _positionQty += signed;
        if (_positionQty == 0m)
        {
            _entryPrice = 0m;
        }
        else if (Math.Sign(_positionQty) == Math.Sign(signed))
        {
            _entryPrice = price;
        }

        return realized;
    }
}
