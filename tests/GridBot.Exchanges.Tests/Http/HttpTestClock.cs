namespace GridBot.Exchanges.Tests.Http;

internal sealed class HttpTestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
