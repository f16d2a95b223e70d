namespace GridBot.Backtesting.Reports;

/// <summary>Bars [<see cref="First"/>, <see cref="Last"/>] folded into one x-bucket: lowest low, highest high, last close.</summary>
internal readonly record struct PriceBucket(int First, int Last, double Low, double High, double Close)
{
    public double Middle => (First + Last) / 2.0;
}
