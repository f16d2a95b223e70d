namespace GridBot.Core.Errors;

/// <summary>
/// When recent errors stop trading: any critical error; at least <see cref="MaxHighSeverity"/> high-severity
/// errors; or at least <see cref="MaxTotal"/> errors of any severity, all counted within the error window.
/// </summary>
public sealed record ErrorThresholds(int MaxHighSeverity = 3, int MaxTotal = 20)
{
    public static readonly ErrorThresholds Default = new();
}
