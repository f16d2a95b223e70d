using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Grid;

/// <summary>Level prices and quantities for a spec. Shared by the layout and by trailing, so both agree to the tick.</summary>
internal static class LevelMath
{
    /// <summary>
    /// The price of level <paramref name="i"/> (may be outside 0..count−1 when trailing), rounded to the nearest tick.
    /// Geometric levels use double for the power (15+ significant digits, far finer than any tick), then exact decimal rounding.
    /// </summary>
    public static decimal Price(GridSpec spec, int i, decimal tick)
    {
        var steps = spec.Levels - 1;
        decimal raw;
        if (spec.Spacing == GridSpacing.Arithmetic)
        {
            raw = spec.Lower + (i * (spec.Upper - spec.Lower) / steps);
        }
        else
        {
            var ratio = (double)spec.Upper / (double)spec.Lower;
            raw = (decimal)((double)spec.Lower * Math.Pow(ratio, (double)i / steps));
        }

        return Increments.RoundToTick(raw, tick, RoundingDirection.Nearest);
    }

    public static decimal BuyQuantity(GridSpec spec, decimal price, SymbolRules rules) =>
        spec.Sizing.Mode == LevelSizingMode.BaseQuantity
            ? Increments.FloorToStep(spec.Sizing.Amount, rules.StepSize)
            : OrderSizing.GridOrderQuantity(spec.Sizing.Amount, price, rules.StepSize);

    public static GridLevel Level(GridSpec spec, int i, SymbolRules rules)
    {
        var price = Price(spec, i, rules.TickSize);
        return new GridLevel(i, price, BuyQuantity(spec, price, rules));
    }
}
