using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Paper;

public sealed partial class PaperExchange
{
    private const int MaxClientOrderIdLength = 36;

    /// <summary>
    /// Places an order, or explains why not. A client order id is never accepted twice, even after its order is done.
    /// Limit rests (GTC) unless it crosses; LimitMaker is rejected if it would cross; LimitIoc fills now or expires;
    /// Market fills now. No order is accepted before the first price.
    /// </summary>
    public Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct)
    {
        Guard.NotNull(request);
        return Run(() => PlaceWithFaults(request), ct);
    }

    public Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) =>
        RunFor<ExchangeOrder>(symbol, () =>
        {
            if (clientOrderId is null || !_orders.TryGetValue(clientOrderId, out var order) || !order.Status.IsOpen())
            {
                return PaperErrors.UnknownOrderSent;
            }

            order.Close(OrderStatus.Canceled, StampNow());
            _open.Remove(order);
            return order.ToExchangeOrder();
        }, ct);

    private static bool IsLegalClientOrderId(string? id) =>
        id is { Length: > 0 and <= MaxClientOrderIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private Result<ExchangeOrder> PlaceWithFaults(OrderRequest request)
    {
        var fault = PlacementFault?.Invoke(request) ?? PaperFault.None;
        switch (fault)
        {
            case PaperFault.NetworkBeforeSending:
                return PaperErrors.InjectedNetwork;
            case PaperFault.UnknownStatusNotPlaced:
                return PaperErrors.InjectedUnknownStatus;
        }

        var placed = Place(request);
        return fault == PaperFault.UnknownStatusButPlaced ? PaperErrors.InjectedUnknownStatus : placed;
    }

    private Result<ExchangeOrder> Place(OrderRequest request)
    {
        if (Screen(request) is { } rejection)
        {
            return rejection;
        }

        if (IsReduceOnly(request) && ReducibleQuantity(request.Side, request.Quantity) == 0m)
        {
            return PaperErrors.ReduceOnlyRejected;
        }

        var takerPrice = ImmediatePrice(request);
        if (takerPrice is not null && request.Type == OrderType.LimitMaker)
        {
            return PaperErrors.WouldTake;
        }

        // An IOC that crosses nothing now never will: it expires untouched (its id is spent), with no balance check.
        var expiresUnfilled = takerPrice is null && request.Type == OrderType.LimitIoc;
        if (!expiresUnfilled &&
            !CanAfford(request, takerPrice ?? request.Price!.Value, takerPrice is null ? Liquidity.Maker : Liquidity.Taker))
        {
            return PaperErrors.InsufficientBalance;
        }

        return Book(request, takerPrice);
    }

    /// <summary>Accepts the order: it fills now as taker at <paramref name="takerPrice"/>, or rests, or (IOC) expires.</summary>
    private ExchangeOrder Book(OrderRequest request, decimal? takerPrice)
    {
        var order = new PaperOrder(request, ++_lastOrderSequence, StampNow());
        _orders.Add(request.ClientOrderId, order);
        if (takerPrice is { } price)
        {
            // A limit IOC takes only what rests at the touch (a thin book); a market order walks the book.
            var quantity = request.Type == OrderType.LimitIoc ? Math.Min(ReducibleQuantity(order), _touchLeft) : ReducibleQuantity(order);
            if (quantity > 0m)
            {
                Execute(order, price, quantity, Liquidity.Taker);
                _touchLeft -= request.Type == OrderType.LimitIoc ? quantity : 0m;
            }

            ExpireIfOpen(order); // what a reduce-only order or a thin book could not fill
        }
        else if (request.Type == OrderType.LimitIoc)
        {
            ExpireIfOpen(order);
        }
        else
        {
            _open.Add(order);
        }

        return order.ToExchangeOrder();
    }

    /// <summary>The checks a venue makes before matching, in its order; null when the request passes them all.</summary>
    private Error? Screen(OrderRequest request)
    {
        if (request.Symbol != Symbol)
        {
            return PaperErrors.InvalidSymbol;
        }

        if (!IsLegalClientOrderId(request.ClientOrderId))
        {
            return PaperErrors.IllegalClientOrderId;
        }

        if (_orders.ContainsKey(request.ClientOrderId))
        {
            return PaperErrors.Duplicate;
        }

        if ((request.Type == OrderType.Market) != (request.Price is null))
        {
            return request.Price is null ? PaperErrors.PriceMissing : PaperErrors.PriceNotRequired;
        }

        if (!_hasPrice)
        {
            return PaperErrors.NoPrice;
        }

        if (_options.Rules.MaxOpenOrders is { } max && _open.Count >= max)
        {
            return PaperErrors.TooManyOrders;
        }

        return FilterViolation(request) is { } violation ? PaperErrors.Filter(violation) : null;
    }

    private SizingViolation? FilterViolation(OrderRequest request)
    {
        if (request.Price is { } limit)
        {
            var violations = OrderValidator.Validate(_options.Rules, request.Side, limit, request.Quantity, _last);
            return violations.Count > 0 ? violations[0] : null;
        }

        // A market order is checked at its expected fill price, which need not be on the tick.
        return OrderValidator.Validate(_options.Rules, request.Side, ImmediatePrice(request)!.Value, request.Quantity)
            .FirstOrDefault(v => v.Rejection != SizingRejection.InvalidPricePrecision);
    }

    /// <summary>The price the order would fill at right now as taker, or null when it would rest.</summary>
    private decimal? ImmediatePrice(OrderRequest request)
    {
        var buy = request.Side == OrderSide.Buy;
        if (request.Price is not { } limit)
        {
            return buy ? _ask * (1m + _slippage) : _bid * (1m - _slippage);
        }

        return buy ? (limit >= _ask ? _ask : null) : (limit <= _bid ? _bid : null);
    }

    private void ExpireIfOpen(PaperOrder order)
    {
        if (order.Status.IsOpen())
        {
            order.Close(OrderStatus.Expired, _clockMs);
        }
    }
}
