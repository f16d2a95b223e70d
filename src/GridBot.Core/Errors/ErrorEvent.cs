namespace GridBot.Core.Errors;

/// <summary>An error that happened at <see cref="At"/> (a <see cref="TimeProvider"/> time).</summary>
public sealed record ErrorEvent(DateTimeOffset At, ErrorKind Kind)
{
    public static ErrorEvent Of(DateTimeOffset at, Error error) => new(at, error.Kind);
}
