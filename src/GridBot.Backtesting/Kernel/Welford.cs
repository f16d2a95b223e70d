namespace GridBot.Backtesting.Kernel;

/// <summary>Running mean and sample variance (Welford), for daily returns without storing them.</summary>
internal struct Welford
{
    private double _mean;
    private double _m2;

    public int Count { get; private set; }

    public void Add(double x)
    {
        Count++;
        var delta = x - _mean;
        _mean += delta / Count;
        _m2 += delta * (x - _mean);
    }

    /// <summary>Annualised Sharpe of the added returns (risk-free rate 0); 0 with fewer than 2 returns or no variance.</summary>
    public readonly double Sharpe(double periodsPerYear)
    {
        if (Count < 2)
        {
            return 0.0;
        }

        var sd = Math.Sqrt(_m2 / (Count - 1));
        return sd > 0 ? _mean / sd * Math.Sqrt(periodsPerYear) : 0.0;
    }
}
