using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class ErrorWindowTests
{
    private readonly ErrorsManualClock _clock = new();

    private ErrorWindow Record(ErrorWindow window, params ErrorKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            window = window.Record(new ErrorEvent(_clock.Advance(TimeSpan.FromSeconds(1)), kind));
        }

        return window;
    }

    [Fact]
    public void Statistics_CountsByKindSeverityAndCategory()
    {
        var window = Record(ErrorWindow.Create(), ErrorKind.Network, ErrorKind.Network, ErrorKind.UnknownStatus, ErrorKind.FilterFailure);

        var stats = window.Statistics(_clock.GetUtcNow());

        stats.Total.Should().Be(4);
        stats.Count(ErrorKind.Network).Should().Be(2);
        stats.Count(ErrorKind.Auth).Should().Be(0);
        stats.Count(ErrorSeverity.Medium).Should().Be(2);
        stats.Count(ErrorSeverity.High).Should().Be(1);
        stats.Count(ErrorSeverity.Low).Should().Be(1);
        stats.Count(ErrorCategory.Network).Should().Be(3);
        stats.Count(ErrorCategory.Trading).Should().Be(1);
    }

    [Fact]
    public void Statistics_ErrorsOlderThanFiveMinutes_NotCounted()
    {
        var window = Record(ErrorWindow.Create(), ErrorKind.Auth);
        _clock.Advance(TimeSpan.FromMinutes(5));
        window = Record(window, ErrorKind.Network);

        window.Window.Should().Be(TimeSpan.FromMinutes(5));
        window.Statistics(_clock.GetUtcNow()).Total.Should().Be(1);
        window.Events.Should().ContainSingle(e => e.Kind == ErrorKind.Network, "recording prunes expired events");
    }

    [Fact]
    public void Reset_ForgetsEverything()
    {
        var window = Record(ErrorWindow.Create(), ErrorKind.Auth, ErrorKind.IpBanned);

        window.Reset().Statistics(_clock.GetUtcNow()).Total.Should().Be(0);
    }

    [Fact]
    public void ErrorEventOf_TakesTheErrorsKind()
    {
        var at = _clock.GetUtcNow();

        ErrorEvent.Of(at, new Error(ErrorKind.RateLimited, "-1003", "too many requests")).Should().Be(new ErrorEvent(at, ErrorKind.RateLimited));
    }
}
