using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Positions;

/// <summary>
/// A net position in base units: <see cref="Quantity"/> &gt; 0 is long, &lt; 0 short. <see cref="AverageEntryPrice"/>
/// is the quantity-weighted entry of the open exposure. <see cref="RealizedPnl"/> is gross of fees
/// (selling 0.001 bought at 50,000 at 55,000 realizes +5); <see cref="FeesPaid"/> is kept apart, in quote.
/// </summary>
public sealed record Position(
    Symbol Symbol,
    decimal Quantity = 0m,
    decimal AverageEntryPrice = 0m,
    decimal RealizedPnl = 0m,
    decimal FeesPaid = 0m)
{
    public bool IsLong => Quantity > 0m;

    public bool IsShort => Quantity < 0m;

    public bool IsFlat => Quantity == 0m;

    /// <summary>Realized PnL after fees.</summary>
    public decimal NetRealizedPnl => RealizedPnl - FeesPaid;

    public decimal Value(decimal markPrice) => Math.Abs(Quantity) * markPrice;

    public decimal UnrealizedPnl(decimal markPrice) => Quantity * (markPrice - AverageEntryPrice);

    /// <summary>
    /// Applies a fill. Adding to the exposure re-weights the entry; reducing it realizes
    /// <c>closed × (price − entry) × direction</c>; crossing zero closes the old side and opens the rest at <paramref name="price"/>.
    /// </summary>
    public PositionFill Apply(OrderSide side, decimal quantity, decimal price, decimal feeInQuote = 0m)
    {
        Guard.Positive(quantity);
        Guard.Positive(price);
        Guard.NonNegative(feeInQuote);
        var signed = quantity * side.Sign();
        var fees = FeesPaid + feeInQuote;
        if (Quantity == 0m || Math.Sign(Quantity) == Math.Sign(signed))
        {
            var newQuantity = Quantity + signed;
            var entry = ((Math.Abs(Quantity) * AverageEntryPrice) + (quantity * price)) / Math.Abs(newQuantity);
            return new PositionFill(this with { Quantity = newQuantity, AverageEntryPrice = entry, FeesPaid = fees }, 0m, 0m);
        }

        var closed = Math.Min(quantity, Math.Abs(Quantity));
        var realized = closed * (price - AverageEntryPrice) * Math.Sign(Quantity);
        var remaining = Quantity + signed;
        var newEntry = remaining == 0m ? 0m : Math.Sign(remaining) == Math.Sign(Quantity) ? AverageEntryPrice : price;
        var next = this with
        {
            Quantity = remaining,
            AverageEntryPrice = newEntry,
            RealizedPnl = RealizedPnl + realized,
            FeesPaid = fees,
        };
        return new PositionFill(next, realized, closed);
    }
}
