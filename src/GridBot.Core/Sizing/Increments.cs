using GridBot.Core.Common;

namespace GridBot.Core.Sizing;

/// <summary>Exact decimal rounding to a venue's price tick and quantity step.</summary>
public static class Increments
{
    /// <summary>Rounds <paramref name="price"/> to a multiple of <paramref name="tick"/> in the given direction.</summary>
    public static decimal RoundToTick(decimal price, decimal tick, RoundingDirection direction = RoundingDirection.Nearest)
    {
        Guard.Positive(tick);
        var units = price / tick;
        var whole = direction switch
        {
            RoundingDirection.Down => decimal.Floor(units),
            RoundingDirection.Up => decimal.Ceiling(units),
            _ => decimal.Round(units, MidpointRounding.AwayFromZero),
        };
        return whole * tick;
    }

    /// <summary>Floors a quantity to a multiple of <paramref name="step"/> (never rounds up: a venue rejects excess precision).</summary>
    public static decimal FloorToStep(decimal quantity, decimal step)
    {
        Guard.Positive(step);
        return decimal.Floor(quantity / step) * step;
    }

    /// <summary>Ceils a quantity to a multiple of <paramref name="step"/>.</summary>
    public static decimal CeilToStep(decimal quantity, decimal step)
    {
        Guard.Positive(step);
        return decimal.Ceiling(quantity / step) * step;
    }

    public static bool IsMultipleOf(decimal value, decimal increment)
    {
        Guard.Positive(increment);
        return value % increment == 0m;
    }
}
