using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Support;

internal static class Bars
{
    public const long Start = 1_700_000_000_000 - (1_700_000_000_000 % 86_400_000);

    /// <summary>Bars one minute apart from (open, high, low, close) tuples.</summary>
    public static Bar[] Of(params (decimal O, decimal H, decimal L, decimal C)[] rows) =>
        rows.Select((r, i) => new Bar(Start + (i * 60_000L), r.O, r.H, r.L, r.C, 1m)).ToArray();

    /// <summary>Bars one hour apart from (open, high, low, close) tuples.</summary>
    public static Bar[] Hourly(params (decimal O, decimal H, decimal L, decimal C)[] rows) =>
        rows.Select((r, i) => new Bar(Start + (i * 3_600_000L), r.O, r.H, r.L, r.C, 1m)).ToArray();

    /// <summary>A random walk with consistent bars, for property tests.</summary>
    public static Bar[] RandomWalk(int seed, int count, decimal start = 120m, decimal stepTicks = 150, long intervalMs = 3_600_000)
    {
        var random = new Random(seed);
        var bars = new Bar[count];
        var price = start;
        for (var i = 0; i < count; i++)
        {
            var open = price;
            var close = Math.Max(1m, open + (random.Next(-(int)stepTicks, (int)stepTicks + 1) * 0.01m));
            var high = Math.Max(open, close) + (random.Next(0, (int)stepTicks) * 0.01m);
            var low = Math.Max(0.5m, Math.Min(open, close) - (random.Next(0, (int)stepTicks) * 0.01m));
            bars[i] = new Bar(Start + (i * intervalMs), open, high, low, close, 1m);
            price = random.Next(10) == 0 ? Math.Max(1m, close + (random.Next(-500, 501) * 0.01m)) : close;
        }

        return bars;
    }
}
