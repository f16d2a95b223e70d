using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Simulation;

/// <summary>The statistics the simulator is calibrated on, computed the same way for simulated and real bars.</summary>
internal sealed record SimBarStats(
    double ReturnStd,
    double MeanRange,
    double ZeroVolumeFraction,
    double FlatFraction,
    double MedianHourlyStd,
    double MeanVolume,
    double VolumeReturnCorrelation)
{
    public static SimBarStats Of(IReadOnlyList<Bar> bars)
    {
        var returns = new double[bars.Count - 1];
        for (var i = 1; i < bars.Count; i++)
        {
            returns[i - 1] = Math.Log((double)bars[i].Close / (double)bars[i - 1].Close);
        }

        var hourly = new List<double>();
        for (var i = 0; i + 60 <= returns.Length; i += 60)
        {
            hourly.Add(Std(returns.AsSpan(i, 60)));
        }

        hourly.Sort();
        var absReturns = returns.Select(Math.Abs).ToArray();
        var volumes = bars.Skip(1).Select(b => (double)b.Volume).ToArray();
        return new SimBarStats(
            Std(returns),
            bars.Average(b => (double)((b.High - b.Low) / b.Close)),
            bars.Count(b => b.Volume == 0m) / (double)bars.Count,
            bars.Count(b => b.High == b.Low) / (double)bars.Count,
            hourly[hourly.Count / 2],
            bars.Average(b => (double)b.Volume),
            Correlation(absReturns, volumes));
    }

    public static double Std(ReadOnlySpan<double> values)
    {
        double sum = 0, sumSquares = 0;
        foreach (var v in values)
        {
            sum += v;
            sumSquares += v * v;
        }

        var mean = sum / values.Length;
        return Math.Sqrt(Math.Max(0, (sumSquares / values.Length) - (mean * mean)));
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), cov = 0;
        for (var i = 0; i < x.Length; i++)
        {
            cov += (x[i] - mx) * (y[i] - my);
        }

        return cov / x.Length / (Std(x) * Std(y));
    }
}
