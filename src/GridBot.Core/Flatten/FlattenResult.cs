using System.Diagnostics.CodeAnalysis;
using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Flatten;

/// <summary>
/// Summary of a flatten. <see cref="Proceeds"/> and <see cref="Fees"/> are in quote; <see cref="AveragePrice"/>
/// is volume-weighted. <see cref="RequiresManualResume"/> is always true, whether or not it succeeded.
/// </summary>
public sealed record FlattenResult(
    bool Success,
    Symbol Symbol,
    OrderSide Side,
    decimal TotalQuantity,
    decimal FilledQuantity,
    decimal AveragePrice,
    decimal Proceeds,
    decimal Fees,
    int Slices,
    bool UsedMarketFallback,
    string Reason)
{
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the record's serialized shape.")]
    public bool RequiresManualResume => true;

    public static FlattenResult From(FlattenState state)
    {
        Guard.NotNull(state);
        return new FlattenResult(
            state.Status == FlattenStatus.Completed,
            state.Symbol,
            state.Side,
            state.TotalQuantity,
            state.FilledQuantity,
            state.AveragePrice,
            state.Proceeds,
            state.Fees,
            state.SlicesStarted,
            state.UsedMarketFallback,
            state.Reason);
    }
}
