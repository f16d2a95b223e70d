namespace GridBot.Backtesting.Data;

/// <summary>
/// A hole between two consecutive bars: <see cref="MissingBars"/> bars of the series' interval would fit between
/// the bar opening at <see cref="AfterOpenTimeMs"/> and the next one at <see cref="NextOpenTimeMs"/> (UTC ms).
/// </summary>
public readonly record struct BarGap(long AfterOpenTimeMs, long NextOpenTimeMs, long MissingBars)
{
    public DateTimeOffset After => DateTimeOffset.FromUnixTimeMilliseconds(AfterOpenTimeMs);

    public DateTimeOffset Next => DateTimeOffset.FromUnixTimeMilliseconds(NextOpenTimeMs);
}
