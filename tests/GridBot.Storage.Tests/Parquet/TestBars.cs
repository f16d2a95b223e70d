using GridBot.Core.Market;

namespace GridBot.Storage.Tests.Parquet;

internal static class TestBars
{
    public const long Minute = 60_000L;
    public const long Hour = 3_600_000L;
    public const long Day = 86_400_000L;

    /// <summary>2024-01-01T00:00:00Z.</summary>
    public const long Jan1 = 1_704_067_200_000L;

    /// <summary><paramref name="count"/> consecutive 1m bars from <paramref name="startMs"/>, with awkward exact decimals.</summary>
    public static Bar[] Minutes(long startMs, int count, decimal basePrice = 42_000.12345678m)
    {
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            var open = basePrice + (i * 0.00000001m) + (i % 7);
            bars[i] = new Bar(startMs + (i * Minute), open, open + 1.5m, open - 0.000000000000000001m, open + 0.25m, 0.00012345m * (i + 1));
        }

        return bars;
    }
}
