namespace GridFunctions.Ticks;

/// <summary>A <c>TickTimer</c> run could not start some bots' ticks (named in the message); the others were started.</summary>
public sealed class TickFailedException : Exception
{
    public TickFailedException()
    {
    }

    public TickFailedException(string message)
        : base(message)
    {
    }

    public TickFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
