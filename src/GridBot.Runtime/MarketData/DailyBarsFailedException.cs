namespace GridBot.Runtime.MarketData;

/// <summary>A daily bars run in which at least one series failed; the message names each with its error.</summary>
public sealed class DailyBarsFailedException : Exception
{
    public DailyBarsFailedException()
    {
    }

    public DailyBarsFailedException(string message)
        : base(message)
    {
    }

    public DailyBarsFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
