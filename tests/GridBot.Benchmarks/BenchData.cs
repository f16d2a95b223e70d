using System.Globalization;
using GridBot.Core.Market;
using GridBot.Testing;

namespace GridBot.Benchmarks;

/// <summary>
/// The real 1m BTC bars from ../shared/data (never copied into the repository), tiled end to end to a year of
/// minutes so the kernel sees real intrabar paths at the scale the issue asks about.
/// </summary>
internal static class BenchData
{
    public const int MinutesPerYear = 525_600;

    public static Bar[] RealMinuteBars()
    {
        var path = SharedData.PathOf(SharedData.Btc1m)
            ?? throw new FileNotFoundException("benchmarks need ../shared/data/BTCUSDC_1m_2023-03-01_2023-03-21.csv beside the repository");
        return File.ReadLines(path).Skip(1).Select(Parse).ToArray();
    }

    /// <summary>
    /// Repeats the sample until <paramref name="count"/> bars: forward, then time-reversed (open and close swapped),
    /// and so on, so the price path stays continuous and within the sample's real range instead of compounding its drift.
    /// </summary>
    public static Bar[] Tile(Bar[] sample, int count)
    {
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            var copy = i / sample.Length;
            var j = i % sample.Length;
            var s = copy % 2 == 0 ? sample[j] : sample[sample.Length - 1 - j];
            var (open, close) = copy % 2 == 0 ? (s.Open, s.Close) : (s.Close, s.Open);
            bars[i] = new Bar(sample[0].OpenTimeMs + (i * 60_000L), open, s.High, s.Low, close, s.Volume);
        }

        return bars;
    }

    private static Bar Parse(string line)
    {
        var c = line.Split(',');
        decimal D(int i) => decimal.Parse(c[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        return new Bar(DateTimeOffset.Parse(c[0], CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), D(1), D(2), D(3), D(4), D(5));
    }
}
