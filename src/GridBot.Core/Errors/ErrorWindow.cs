using GridBot.Core.Common;

namespace GridBot.Core.Errors;

/// <summary>
/// Recent errors over a sliding window (state; transitions return a new value, time is passed in).
/// The window is (now − <see cref="Window"/>, now]. Events must be recorded in time order.
/// </summary>
public sealed record ErrorWindow(TimeSpan Window, IReadOnlyList<ErrorEvent> Events)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    public static ErrorWindow Create(TimeSpan? window = null) => new(window ?? DefaultWindow, []);

    /// <summary>Adds the event and drops those that fell out of the window ending at its time.</summary>
    public ErrorWindow Record(ErrorEvent error)
    {
        Guard.That(Events.Count == 0 || error.At >= Events[^1].At, "errors must be recorded in time order");
        return this with { Events = [.. Recent(error.At), error] };
    }

    /// <summary>Forgets every error (an operator's reset after fixing the cause).</summary>
    public ErrorWindow Reset() => this with { Events = [] };

    public IReadOnlyList<ErrorEvent> Recent(DateTimeOffset now) =>
        Events.Where(e => e.At > now - Window && e.At <= now).ToArray();

    public ErrorStatistics Statistics(DateTimeOffset now) => ErrorStatistics.Of(Recent(now));
}
