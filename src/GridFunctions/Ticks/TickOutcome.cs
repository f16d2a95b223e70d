namespace GridFunctions.Ticks;

public enum TickOutcome
{
    Started,
    Skipped,
    Failed,
}
