namespace GridBot.Core.Errors;

/// <summary>An expected failure, as a value. <see cref="Code"/> is the venue's own code when there is one.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message)
{
    public bool IsTransient => Kind.IsTransient();

    public static Error Of(ErrorKind kind, string message) => new(kind, kind.ToString(), message);

    public override string ToString() => $"{Kind} [{Code}]: {Message}";
}
