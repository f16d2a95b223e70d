using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Where bars live, relative to a store's root (a folder or a blob container):
/// <c>bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c>, venue and market in lower case, the
/// symbol canonical (<c>BTCUSDT</c>), a day per UTC date of the bars' open times.
/// </summary>
internal static class BarPartitionLayout
{
    public const string BarsFolder = "bars";
    public const string PartFile = "part-0.parquet";
    private const string DayPrefix = "dt=";
    private const string DayFormat = "yyyy-MM-dd";
    private const long MsPerDay = 86_400_000L;
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static long DayOf(long openTimeMs) => Math.DivRem(openTimeMs, MsPerDay) switch
    {
        (var q, < 0) => q - 1,
        (var q, _) => q,
    };

    public static long DayStartMs(long day) => day * MsPerDay;

    /// <summary>The folders below <see cref="BarsFolder"/> that hold <paramref name="series"/>' days.</summary>
    public static string[] SeriesSegments(BarSeries series) =>
    [
        series.Venue.ToString().ToLowerInvariant(),
        series.Market.ToString().ToLowerInvariant(),
        series.Symbol.Name,
        series.Interval.Name,
    ];

    /// <summary>The folder of one day: <c>dt=YYYY-MM-DD</c>.</summary>
    public static string DayFolder(long day) =>
        DayPrefix + DateOnly.FromDayNumber(EpochDayNumber + checked((int)day)).ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>The day a <c>dt=YYYY-MM-DD</c> folder stands for; false for any other name.</summary>
    public static bool TryParseDayFolder(string name, out long day)
    {
        day = 0;
        if (!name.StartsWith(DayPrefix, StringComparison.Ordinal) ||
            !DateOnly.TryParseExact(name.AsSpan(DayPrefix.Length), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        day = date.DayNumber - EpochDayNumber;
        return true;
    }

    /// <summary>The series four folder names stand for, or null when one of them does not parse.</summary>
    public static BarSeries? TryParseSeries(string venue, string market, string symbol, string interval)
    {
        if (!Enum.TryParse<Venue>(venue, ignoreCase: true, out var v) || !Enum.IsDefined(v) ||
            !Enum.TryParse<MarketType>(market, ignoreCase: true, out var m) || !Enum.IsDefined(m) ||
            !Symbol.TryParse(symbol, out var s))
        {
            return null;
        }

        var parsed = BarInterval.Parse(interval);
        return parsed.IsSuccess ? new BarSeries(v, m, s, parsed.Value) : null;
    }
}
