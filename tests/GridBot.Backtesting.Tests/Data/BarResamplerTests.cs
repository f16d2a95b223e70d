using GridBot.Backtesting.Data;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarResamplerTests
{
    private const long March1 = 1_677_628_800_000; // 2023-03-01 00:00:00 UTC
    private const long OneMinute = 60_000;

    private static Bar M(int minute, decimal open, decimal high, decimal low, decimal close, decimal volume) =>
        new(March1 + (minute * OneMinute), open, high, low, close, volume);

    [Fact]
    public void Resample_OneMinuteToFive_AggregatesOhlcv()
    {
        Bar[] bars =
        [
            M(0, 100, 102, 99, 101, 1), M(1, 101, 105, 100, 104, 2), M(2, 104, 104, 98, 99, 3),
            M(3, 99, 100, 97, 98, 4), M(4, 98, 103, 98, 102, 5),
            M(5, 102, 106, 101, 105, 6), M(6, 105, 105, 95, 96, 7), M(7, 96, 97, 96, 97, 8),
            M(8, 97, 99, 96, 98, 9), M(9, 98, 98, 94, 95, 10),
        ];

        var result = BarResampler.Resample(bars, TimeSpan.FromMinutes(5));

        result.Value.Should().Equal(M(0, 100, 105, 97, 102, 15), M(5, 102, 106, 94, 95, 40));
    }

    [Fact]
    public void Resample_OneMinuteToFifteenWithGap_SkipsEmptyBucketAndKeepsPartialOnes()
    {
        Bar[] bars =
        [
            M(0, 100, 101, 99, 100, 1), M(1, 100, 103, 100, 102, 1), M(2, 102, 102, 101, 101, 1),
            // gap: 00:03 … 00:19 missing, then 00:30 … 00:44 wholly missing (that bucket is skipped)
            M(20, 110, 112, 109, 111, 2), M(21, 111, 111, 108, 108, 3),
            M(46, 90, 92, 89, 91, 4),
        ];

        var result = BarResampler.Resample(bars, TimeSpan.FromMinutes(15));

        result.Value.Should().Equal(M(0, 100, 103, 99, 101, 3), M(15, 110, 112, 108, 108, 5), M(45, 90, 92, 89, 91, 4));
    }

    [Fact]
    public void Resample_StartMidBucket_AlignsToUtcMultiples()
    {
        Bar[] bars = [M(3, 100, 101, 99, 100, 1), M(4, 100, 102, 100, 101, 2), M(5, 101, 101, 100, 100, 3)];

        var result = BarResampler.Resample(bars, TimeSpan.FromMinutes(5));

        result.Value.Select(b => b.OpenTimeMs).Should().Equal(March1, March1 + (5 * OneMinute));
        result.Value[0].Should().Be(M(0, 100, 102, 99, 101, 3));
    }

    [Fact]
    public void Resample_SameInterval_ReturnsEqualBars()
    {
        Bar[] bars = [M(0, 100, 101, 99, 100, 1), M(1, 100, 102, 100, 101, 2)];

        BarResampler.Resample(bars, TimeSpan.FromMinutes(1)).Value.Should().Equal(bars);
    }

    [Theory]
    [InlineData(15, 5, "cannot resample 15m bars to 5m: the input interval must divide the target")]
    [InlineData(120, 180, "cannot resample 2h bars to 3h: the input interval must divide the target")]
    public void Resample_IntervalDoesNotDivideTarget_ReturnsError(int sourceMinutes, int targetMinutes, string expected)
    {
        Bar[] bars = [M(0, 100, 101, 99, 100, 1), M(sourceMinutes, 100, 102, 100, 101, 2)];

        var result = BarResampler.Resample(bars, TimeSpan.FromMinutes(targetMinutes));

        result.Error!.Code.Should().Be(BarFileError.BadResample);
        result.Error.Message.Should().Be(expected);
    }

    [Fact]
    public void Resample_ExplicitSourceInterval_IsChecked()
    {
        Bar[] bars = [M(0, 100, 101, 99, 100, 1)];

        BarResampler.Resample(bars, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5)).IsSuccess.Should().BeFalse();
        BarResampler.Resample(bars, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)).Value.Should().Equal(bars);
    }

    [Fact]
    public void Resample_Unsorted_ReturnsError()
    {
        Bar[] bars = [M(1, 100, 101, 99, 100, 1), M(0, 100, 102, 100, 101, 2), M(2, 100, 102, 100, 101, 2)];

        BarResampler.Resample(bars, TimeSpan.FromMinutes(5)).Error!.Message.Should().StartWith("bars must be in strictly ascending time order");
    }

    [Fact]
    public void Resample_SparseSeries_UsesSmallestStepNotMostCommon()
    {
        // Steps 2, 2, 1 minutes: the most common is 2m, which does not divide 5m, but the bars are 1m bars.
        Bar[] bars = [M(0, 100, 101, 99, 100, 1), M(2, 100, 102, 100, 101, 2), M(4, 101, 103, 100, 102, 3), M(5, 102, 104, 101, 103, 4)];

        var result = BarResampler.Resample(bars, TimeSpan.FromMinutes(5));

        result.Value.Should().Equal(M(0, 100, 103, 99, 102, 6), M(5, 102, 104, 101, 103, 4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Resample_NonPositiveTarget_ReturnsError(int minutes) =>
        BarResampler.Resample([M(0, 100, 101, 99, 100, 1)], TimeSpan.FromMinutes(minutes)).IsSuccess.Should().BeFalse();

    [Fact]
    public void Resample_Empty_ReturnsEmpty() =>
        BarResampler.Resample(Array.Empty<Bar>(), TimeSpan.FromMinutes(5)).Value.Should().BeEmpty();

    [Fact]
    public void Resample_AnyGappySeries_KeepsVolumeExtremesAndAlignment() =>
        FsCheck.Fluent.Prop.ForAll<bool[]>(present =>
        {
            var bars = new List<Bar>();
            for (var m = 0; m < present.Length; m++)
            {
                if (present[m])
                {
                    bars.Add(M(m, 100 + m, 101 + m + (m % 3), 99 - (m % 4), 100 + m, m + 1));
                }
            }

            var output = BarResampler.Resample(bars, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)).Value;

            return output.Sum(b => b.Volume) == bars.Sum(b => b.Volume)
                && output.All(b => (b.OpenTimeMs - March1) % (5 * OneMinute) == 0 && b.Problem() is null)
                && output.Length == bars.Select(b => (b.OpenTimeMs - March1) / (5 * OneMinute)).Distinct().Count()
                && (bars.Count == 0 || (output.Max(b => b.High) == bars.Max(b => b.High) && output.Min(b => b.Low) == bars.Min(b => b.Low)));
        }).QuickCheckThrowOnFailure();
}
