namespace GridBot.Backtesting.Reports;

/// <summary>The deepest fall of a series from a running peak; <see cref="Fraction"/> is in [0, 1] (0.25 = −25 %).</summary>
internal readonly record struct Drawdown(int Peak, int Trough, double Fraction)
{
    public static Drawdown Of(IReadOnlyList<double> values)
    {
        var worst = new Drawdown(0, 0, 0);
        var peak = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] > values[peak])
            {
                peak = i;
                continue;
            }

            var fraction = values[peak] > 0 ? (values[peak] - values[i]) / values[peak] : 0;
            if (fraction > worst.Fraction)
            {
                worst = new Drawdown(peak, i, fraction);
            }
        }

        return worst;
    }
}
