using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Where bars live: <c>{root}/bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c>, venue and
/// market in lower case, the symbol canonical (<c>BTCUSDT</c>), a day per UTC date of the bars' open times.
/// </summary>
internal sealed class BarPartitionLayout(string root)
{
    public const string PartFile = "part-0.parquet";
    private const string DayPrefix = "dt=";
    private const string DayFormat = "yyyy-MM-dd";
    private const long MsPerDay = 86_400_000L;
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public string BarsFolder { get; } = Path.Combine(Path.GetFullPath(root), "bars");

    public static long DayOf(long openTimeMs) => Math.DivRem(openTimeMs, MsPerDay) switch
    {
        (var q, < 0) => q - 1,
        (var q, _) => q,
    };

    public static long DayStartMs(long day) => day * MsPerDay;

    public string SeriesFolder(BarSeries series) => Path.Combine(
        BarsFolder,
        series.Venue.ToString().ToLowerInvariant(),
        series.Market.ToString().ToLowerInvariant(),
        series.Symbol.Name,
        series.Interval.Name);

    public string PartPath(BarSeries series, long day) =>
        Path.Combine(SeriesFolder(series), DayPrefix + DateOnly.FromDayNumber(EpochDayNumber + checked((int)day)).ToString(DayFormat, CultureInfo.InvariantCulture), PartFile);

    /// <summary>The days that have a part file, ascending (folders that are not <c>dt=YYYY-MM-DD</c> are ignored).</summary>
    public IReadOnlyList<(long Day, string Path)> StoredDays(BarSeries series)
    {
        var folder = SeriesFolder(series);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var days = new List<(long, string)>();
        foreach (var dir in Directory.EnumerateDirectories(folder, DayPrefix + "*"))
        {
            var name = Path.GetFileName(dir);
            if (DateOnly.TryParseExact(name.AsSpan(DayPrefix.Length), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                var part = Path.Combine(dir, PartFile);
                if (File.Exists(part))
                {
                    days.Add((date.DayNumber - EpochDayNumber, part));
                }
            }
        }

        days.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return days;
    }

    /// <summary>Every series folder under the root whose names parse; others are ignored.</summary>
    public IReadOnlyList<BarSeries> StoredSeries()
    {
        var found = new List<BarSeries>();
        if (!Directory.Exists(BarsFolder))
        {
            return found;
        }

        foreach (var venueDir in Directory.EnumerateDirectories(BarsFolder))
        {
            if (!Enum.TryParse<Venue>(Path.GetFileName(venueDir), ignoreCase: true, out var venue))
            {
                continue;
            }

            foreach (var marketDir in Directory.EnumerateDirectories(venueDir))
            {
                if (!Enum.TryParse<MarketType>(Path.GetFileName(marketDir), ignoreCase: true, out var market))
                {
                    continue;
                }

                foreach (var symbolDir in Directory.EnumerateDirectories(marketDir))
                {
                    if (!Symbol.TryParse(Path.GetFileName(symbolDir), out var symbol))
                    {
                        continue;
                    }

                    foreach (var intervalDir in Directory.EnumerateDirectories(symbolDir))
                    {
                        var interval = BarInterval.Parse(Path.GetFileName(intervalDir));
                        if (interval.IsSuccess)
                        {
                            found.Add(new BarSeries(venue, market, symbol, interval.Value));
                        }
                    }
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
        return found;
    }
}
