namespace GridBot.Backtesting.Reports;

/// <summary>Round axis ticks (1, 2, 2.5, 5 × 10ⁿ) covering a value range.</summary>
internal static class NiceScale
{
    private static readonly double[] Multipliers = [1, 2, 2.5, 5, 10];

    /// <summary>The tick step giving at most about <paramref name="target"/> ticks over [min, max].</summary>
    public static double Step(double min, double max, int target)
    {
        var span = max - min;
        if (!(span > 0) || !double.IsFinite(span))
        {
            return Math.Max(Math.Abs(max), 1) / 10;
        }

        var raw = span / Math.Max(1, target);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var multiplier in Multipliers)
        {
            if (multiplier * magnitude >= raw)
            {
                return multiplier * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>Multiples of <paramref name="step"/> inside [min, max], ascending.</summary>
    public static List<double> Ticks(double min, double max, double step)
    {
        var ticks = new List<double>();
        var first = Math.Ceiling(min / step - 1e-9);
        for (var k = first; k * step <= max + step * 1e-9 && ticks.Count < 100; k++)
        {
            ticks.Add(k * step);
        }

        return ticks;
    }
}
