using System.Globalization;

namespace GridBot.Runtime.MarketData;

/// <summary>What one <see cref="DailyBarsJob"/> run did: the UTC day and each series' result.</summary>
public sealed record DailyBarsSummary(DateOnly Day, IReadOnlyList<DailyBarsSeriesResult> Series)
{
    public IReadOnlyList<DailyBarsSeriesResult> Failed => [.. Series.Where(s => !s.Succeeded)];

    public long BarsFetched => Series.Sum(s => s.BarsFetched);

    /// <summary>
    /// Throws <see cref="DailyBarsFailedException"/> naming every failed series, so a timer host records the run as a
    /// failure (the other series' bars are stored by then).
    /// </summary>
    public void EnsureSucceeded()
    {
        var failed = Failed;
        if (failed.Count > 0)
        {
            var names = string.Join("; ", failed.Select(f => $"{f.Series}: {f.Error}"));
            throw new DailyBarsFailedException(string.Create(CultureInfo.InvariantCulture,
                $"daily bars {Day:yyyy-MM-dd}: {failed.Count} of {Series.Count} series failed: {names}"));
        }
    }
}
