namespace GridBot.Core.Tests.Safety;

internal sealed class SafetyTestClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Epoch = new(2024, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public SafetyTestClock()
        : this(Epoch)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
