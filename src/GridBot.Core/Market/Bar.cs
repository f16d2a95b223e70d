namespace GridBot.Core.Market;

/// <summary>One OHLCV bar. <see cref="OpenTimeMs"/> is the bar's open time in UTC milliseconds since the epoch.</summary>
public readonly record struct Bar(long OpenTimeMs, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume)
{
    public DateTimeOffset OpenTime => DateTimeOffset.FromUnixTimeMilliseconds(OpenTimeMs);

    /// <summary>Why this bar is impossible, or null when it is consistent (prices > 0, low ≤ open/close ≤ high, volume ≥ 0).</summary>
    public string? Problem()
    {
        if (Open <= 0m || High <= 0m || Low <= 0m || Close <= 0m)
        {
            return "prices must be > 0";
        }

        if (High < Low)
        {
            return $"high {High} < low {Low}";
        }

        if (Open > High || Open < Low || Close > High || Close < Low)
        {
            return $"open {Open} / close {Close} outside [low {Low}, high {High}]";
        }

        return Volume < 0m ? $"volume {Volume} < 0" : null;
    }
}
