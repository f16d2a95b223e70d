using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Folds long series into at most a given number of x-buckets so a year of 1m bars still draws as ~1,500 points,
/// without hiding what matters: a price bucket keeps its extreme low and high (a crash stays visible), a value
/// series keeps each bucket's last value plus its first value, global min, global max and max-drawdown peak and trough.
/// </summary>
internal static class Downsample
{
    /// <summary>Bucket k holds bars [k·n/b, (k+1)·n/b) with b = min(n, maxBuckets): every bar in exactly one bucket.</summary>
    public static PriceBucket[] Prices(IReadOnlyList<Bar> bars, int maxBuckets)
    {
        var count = bars.Count;
        var buckets = new PriceBucket[Math.Min(count, maxBuckets)];
        for (var k = 0; k < buckets.Length; k++)
        {
            var first = BucketStart(k, count, buckets.Length);
            var last = BucketStart(k + 1, count, buckets.Length) - 1;
            var low = bars[first].Low;
            var high = bars[first].High;
            for (var i = first + 1; i <= last; i++)
            {
                var bar = bars[i];
                low = Math.Min(low, bar.Low);
                high = Math.Max(high, bar.High);
            }

            buckets[k] = new PriceBucket(first, last, (double)low, (double)high, (double)bars[last].Close);
        }

        return buckets;
    }

    /// <summary>Each bucket's last value, preceded by any pinned extreme that falls inside it; points ascend by index.</summary>
    public static List<SeriesPoint> Series(IReadOnlyList<double> values, int maxBuckets)
    {
        var count = values.Count;
        var bucketCount = Math.Min(count, maxBuckets);
        var pinned = Pinned(values);
        var points = new List<SeriesPoint>(bucketCount + pinned.Length);
        var next = 0;
        for (var k = 0; k < bucketCount; k++)
        {
            var last = BucketStart(k + 1, count, bucketCount) - 1;
            for (; next < pinned.Length && pinned[next] <= last; next++)
            {
                if (pinned[next] < last)
                {
                    points.Add(new SeriesPoint(pinned[next], values[pinned[next]]));
                }
            }

            points.Add(new SeriesPoint(last, values[last]));
        }

        return points;
    }

    private static int BucketStart(int bucket, int count, int bucketCount) =>
        (int)((long)bucket * count / bucketCount);

    private static int[] Pinned(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        int min = 0, max = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] < values[min])
            {
                min = i;
            }

            if (values[i] > values[max])
            {
                max = i;
            }
        }

        var drawdown = Drawdown.Of(values);
        return new[] { 0, min, max, drawdown.Peak, drawdown.Trough }.Distinct().Order().ToArray();
    }
}
