namespace GridBot.Core.Tests.Errors;

/// <summary>A settable clock for tests; starts at a fixed UTC instant.</summary>
internal sealed class ErrorsManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTimeOffset Advance(TimeSpan by)
    {
        _now += by;
        return _now;
    }
}
