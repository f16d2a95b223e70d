using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Paper;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// What a venue client checks a placement against before anything goes out: the symbol's <see cref="SymbolRules"/>
/// plus what they do not model: the trading status, PRICE_FILTER's min/max price, and the separate limits for
/// market orders (Binance MARKET_LOT_SIZE, Bybit maxMktOrderQty). A zero or null limit means the venue sets none.
/// </summary>
public sealed record PreTradeRules(
    SymbolRules Rules,
    string Status,
    bool IsTrading,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    decimal MarketMinQuantity = 0m,
    decimal? MarketMaxQuantity = null,
    decimal? MarketStepSize = null)
{
    /// <summary>The code of every refusal made here, so a log tells it from the venue's own rejections.</summary>
    public const string RefusedCode = "PreTrade";

    /// <summary>
    /// Null when the venue's published rules allow <paramref name="request"/>; otherwise a
    /// <see cref="ErrorKind.FilterFailure"/> naming the rule, and the order must not be sent. Limit orders are checked
    /// on price (tick, min/max), quantity (step, min/max) and notional; market orders on the market quantity limits and
    /// the step only, since their fill price is not known here. Reduce-only orders skip the notional minimum: they close
    /// a position, and refusing them locally could keep a flatten from ending. Percent-price bands are the venue's to
    /// check: they move with its weighted average price, which this side does not see.
    /// </summary>
    public Error? Check(OrderRequest request)
    {
        Guard.NotNull(request);
        if (request.Symbol != Rules.Symbol)
        {
            return Refuse($"the rules loaded are for {Rules.Symbol}, not {request.Symbol}");
        }

        if (!IsTrading)
        {
            return Refuse($"{Rules.Symbol} is {Status}, not trading");
        }

        if (request.Quantity <= 0m)
        {
            return Refuse($"quantity {F(request.Quantity)} must be > 0");
        }

        return request.Price is { } price ? CheckLimit(request, price) : CheckMarket(request);
    }

    private Error? CheckLimit(OrderRequest request, decimal price)
    {
        if (MinPrice is { } min && price < min)
        {
            return Refuse($"PRICE_FILTER: price {F(price)} < min price {F(min)}");
        }

        if (MaxPrice is { } max && price > max)
        {
            return Refuse($"PRICE_FILTER: price {F(price)} > max price {F(max)}");
        }

        var violation = OrderValidator.Validate(Rules, request.Side, price, request.Quantity)
            .FirstOrDefault(v => !request.ReduceOnly || v.Rejection != SizingRejection.BelowMinNotional);
        return violation is null ? null : Refuse($"{PaperErrors.FilterName(violation.Rejection)}: {violation.Message}");
    }

    private Error? CheckMarket(OrderRequest request)
    {
        var quantity = request.Quantity;
        var step = MarketStepSize is > 0m ? MarketStepSize.Value : Rules.StepSize;
        if (!Increments.IsMultipleOf(quantity, step))
        {
            return Refuse($"MARKET_LOT_SIZE: quantity {F(quantity)} is not a multiple of step {F(step)}");
        }

        var min = Math.Max(MarketMinQuantity, Rules.MinQuantity);
        if (quantity < min)
        {
            return Refuse($"MARKET_LOT_SIZE: quantity {F(quantity)} < min {F(min)}");
        }

        var max = MarketMaxQuantity is > 0m ? Math.Min(MarketMaxQuantity.Value, Rules.MaxQuantity) : Rules.MaxQuantity;
        return quantity > max ? Refuse($"MARKET_LOT_SIZE: quantity {F(quantity)} > max {F(max)}") : null;
    }

    private static Error Refuse(string why) => new(ErrorKind.FilterFailure, RefusedCode, "not sent: " + why);

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
