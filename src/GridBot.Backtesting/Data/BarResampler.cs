using System.Runtime.InteropServices;
using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Aggregates bars into coarser buckets aligned to UTC multiples of the target interval (15m buckets open at
/// :00, :15, :30, :45): open = first open, high = max, low = min, close = last close, volume = sum.
/// Buckets with no input bar are skipped, so gaps stay gaps; a bucket partly covered by a gap is still emitted.
/// </summary>
public static class BarResampler
{
    /// <summary>
    /// Takes the smallest step between consecutive bars as the input interval, which must divide
    /// <paramref name="target"/>. The smallest, not the most common: on a sparse series the most common step can be
    /// a multiple of the real one, and any finer step would let a bar straddle two buckets.
    /// </summary>
    public static Result<Bar[]> Resample(IReadOnlyList<Bar> bars, TimeSpan target)
    {
        var span = AsSpan(bars);
        var problem = SmallestStep(span, out var stepMs);
        return problem is null ? Resample(span, stepMs, target) : BarFileError.Resample(problem);
    }

    /// <summary>With the input interval known (e.g. <see cref="LoadedBars.Interval"/>); it must divide <paramref name="target"/>.</summary>
    public static Result<Bar[]> Resample(IReadOnlyList<Bar> bars, TimeSpan source, TimeSpan target)
    {
        var span = AsSpan(bars);
        var problem = SmallestStep(span, out _);
        return problem is null ? Resample(span, (long)source.TotalMilliseconds, target) : BarFileError.Resample(problem);
    }

    private static Result<Bar[]> Resample(ReadOnlySpan<Bar> bars, long sourceMs, TimeSpan target)
    {
        var targetMs = (long)target.TotalMilliseconds;
        if (targetMs <= 0 || target.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            return BarFileError.Resample($"target interval must be a positive whole number of milliseconds, got {target}");
        }

        if (sourceMs > 0 && targetMs % sourceMs != 0)
        {
            return BarFileError.Resample(
                $"cannot resample {BarIntervals.Format(TimeSpan.FromMilliseconds(sourceMs))} bars to {BarIntervals.Format(target)}: the input interval must divide the target");
        }

        var output = new List<Bar>(bars.Length / (int)Math.Max(1, targetMs / Math.Max(1, sourceMs)) + 2);
        for (var i = 0; i < bars.Length; i++)
        {
            var bucket = FloorTo(bars[i].OpenTimeMs, targetMs);
            if (output.Count > 0 && output[^1].OpenTimeMs == bucket)
            {
                output[^1] = Merge(output[^1], bars[i]);
            }
            else
            {
                output.Add(bars[i] with { OpenTimeMs = bucket });
            }
        }

        return output.ToArray();
    }

    /// <summary>Checks strict ascending order and finds the smallest step (0 for fewer than two bars).</summary>
    private static string? SmallestStep(ReadOnlySpan<Bar> bars, out long stepMs)
    {
        stepMs = 0;
        for (var i = 1; i < bars.Length; i++)
        {
            var step = bars[i].OpenTimeMs - bars[i - 1].OpenTimeMs;
            if (step <= 0)
            {
                return $"bars must be in strictly ascending time order: bar {i} at {BarTime.Format(bars[i].OpenTimeMs)} follows {BarTime.Format(bars[i - 1].OpenTimeMs)}";
            }

            stepMs = stepMs == 0 ? step : Math.Min(stepMs, step);
        }

        return null;
    }

    private static Bar Merge(Bar bucket, Bar next) => bucket with
    {
        High = Math.Max(bucket.High, next.High),
        Low = Math.Min(bucket.Low, next.Low),
        Close = next.Close,
        Volume = bucket.Volume + next.Volume,
    };

    // Floor, not truncation, so times before 1970 land in the right bucket too.
    private static long FloorTo(long timeMs, long sizeMs) => timeMs - (((timeMs % sizeMs) + sizeMs) % sizeMs);

    private static ReadOnlySpan<Bar> AsSpan(IReadOnlyList<Bar> bars) => bars switch
    {
        Bar[] array => array,
        List<Bar> list => CollectionsMarshal.AsSpan(list),
        _ => bars.ToArray(),
    };
}
