using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Bars a test seeded, per interval length (ms), ordered by open time. Thread-safe.</summary>
public sealed class FakeBars
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, SortedList<long, Bar>> _series = [];

    public void Add(TimeSpan interval, IEnumerable<Bar> bars)
    {
        lock (_gate)
        {
            var key = (long)interval.TotalMilliseconds;
            if (!_series.TryGetValue(key, out var series))
            {
                series = [];
                _series[key] = series;
            }

            foreach (var bar in bars)
            {
                series[bar.OpenTimeMs] = bar;
            }
        }
    }

    /// <summary>
    /// Oldest first. With a start: the first <paramref name="limit"/> bars from it; otherwise the last
    /// <paramref name="limit"/> bars up to the end (Binance's rule; Bybit reverses the result).
    /// </summary>
    public IReadOnlyList<Bar> Query(long intervalMs, long? startMs, long? endMs, int limit)
    {
        lock (_gate)
        {
            if (!_series.TryGetValue(intervalMs, out var series))
            {
                return [];
            }

            var inRange = series.Values.Where(b => (startMs is null || b.OpenTimeMs >= startMs) && (endMs is null || b.OpenTimeMs <= endMs));
            return startMs is null ? inRange.TakeLast(limit).ToArray() : inRange.Take(limit).ToArray();
        }
    }
}
