using GridBot.Backtesting.Reports;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Reports;

public sealed class DownsampleTests
{
    [Fact]
    public void Prices_YearOfMinuteBars_Makes1500ContiguousBucketsCoveringEveryBar()
    {
        var bars = SyntheticRun.Bars(525_600, 1_440);

        var buckets = Downsample.Prices(bars, 1_500);

        buckets.Should().HaveCount(1_500);
        buckets[0].First.Should().Be(0);
        buckets[^1].Last.Should().Be(525_599);
        buckets.Zip(buckets.Skip(1)).Should().OnlyContain(p => p.Second.First == p.First.Last + 1);
        buckets.Min(b => b.Last - b.First + 1).Should().Be(350);
        buckets.Max(b => b.Last - b.First + 1).Should().Be(351);
    }

    [Fact]
    public void Prices_OneBarCrashInsideABucket_KeepsItsLowAndTheHigh()
    {
        var bars = Flat(525_600, 25_000m);
        bars[300_001] = bars[300_001] with { Low = 12_000m };
        bars[7] = bars[7] with { High = 31_000m };

        var buckets = Downsample.Prices(bars, 1_500);

        buckets.Min(b => b.Low).Should().Be(12_000);
        buckets.Max(b => b.High).Should().Be(31_000);
        buckets.Single(b => b.Low == 12_000).Should().Match<PriceBucket>(b => b.First <= 300_001 && b.Last >= 300_001);
    }

    [Fact]
    public void Prices_FewerBarsThanBuckets_OneBucketPerBar()
    {
        var buckets = Downsample.Prices(Flat(20, 100m), 1_500);

        buckets.Should().HaveCount(20);
        buckets.Should().OnlyContain(b => b.First == b.Last && b.Low == 99 && b.High == 101 && b.Close == 100);
    }

    [Fact]
    public void Series_YearOfValues_KeepsLastPerBucketPlusStartExtremesAndDrawdown()
    {
        var values = Enumerable.Range(0, 525_600).Select(i => 10_000.0 + (i % 1_000)).ToArray();
        values[200_123] = 7_000;  // global min and max-drawdown trough, mid-bucket
        values[100_001] = 12_000; // global max and max-drawdown peak, mid-bucket

        var points = Downsample.Series(values, 1_500);

        points.Count.Should().BeInRange(1_500, 1_505);
        points.Select(p => p.Index).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        points.Should().Contain([new SeriesPoint(0, 10_000), new SeriesPoint(100_001, 12_000), new SeriesPoint(200_123, 7_000)]);
        points[^1].Should().Be(new SeriesPoint(525_599, values[^1]));
    }

    [Fact]
    public void Series_FewerValuesThanBuckets_KeepsEveryValue()
    {
        double[] values = [3, 1, 4, 1, 5];

        Downsample.Series(values, 1_500).Select(p => p.Value).Should().Equal(values);
    }

    [Theory]
    [InlineData(new[] { 100.0, 120, 90, 130, 100 }, 1, 2, 0.25)]
    [InlineData(new[] { 100.0, 110, 120 }, 0, 0, 0.0)]
    [InlineData(new[] { 100.0, 80, 150, 90, 140 }, 2, 3, 0.4)]
    public void DrawdownOf_Series_FindsDeepestFallFromRunningPeak(double[] values, int peak, int trough, double fraction)
    {
        var dd = Drawdown.Of(values);

        dd.Peak.Should().Be(peak);
        dd.Trough.Should().Be(trough);
        dd.Fraction.Should().BeApproximately(fraction, 1e-12);
    }

    private static Bar[] Flat(int count, decimal price) =>
        Enumerable.Range(0, count).Select(i => new Bar(i * 60_000L, price, price + 1, price - 1, price, 1m)).ToArray();
}
