using Parquet.Schema;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Picks each day's decimal column type, exactly: decimal(18, s) (stored as int64, about 6× faster to read than the
/// 16-byte form) with s the most decimal places any value in the column needs, when every value then fits in 18
/// digits; otherwise decimal(38, 18). Both read back as the same decimal values.
/// </summary>
internal static class BarDecimalColumn
{
    public const int MaxScale = 18;
    public const int WidePrecision = 38;
    private const int NarrowPrecision = 18;

    /// <summary>Every accepted value is below this in magnitude, so fits decimal(38, 18).</summary>
    public static readonly decimal Limit = 100_000_000_000_000_000_000m;

    /// <summary>Why <paramref name="value"/> cannot be stored exactly, or null.</summary>
    public static string? ExactnessProblem(decimal value) =>
        PlacesNeeded(value) > MaxScale ? $"{value} has more than {MaxScale} decimal places"
        : Math.Abs(value) >= Limit ? $"{value} is not below 10^20"
        : null;

    public static DecimalDataField For(string name, ReadOnlySpan<decimal> values)
    {
        var scale = 0;
        var max = 0m;
        foreach (var value in values)
        {
            scale = Math.Max(scale, PlacesNeeded(value));
            max = Math.Max(max, Math.Abs(value));
        }

        var fitsNarrow = scale <= MaxScale && max < Pow10(NarrowPrecision - scale);
        return fitsNarrow
            ? new DecimalDataField(name, NarrowPrecision, scale, false, false)
            : new DecimalDataField(name, WidePrecision, MaxScale, false, false);
    }

    /// <summary>The fewest decimal places that hold <paramref name="value"/> exactly (trailing zeros do not count).</summary>
    public static int PlacesNeeded(decimal value)
    {
        for (var places = 0; places < value.Scale; places++)
        {
            if (decimal.Round(value, places) == value)
            {
                return places;
            }
        }

        return value.Scale;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
