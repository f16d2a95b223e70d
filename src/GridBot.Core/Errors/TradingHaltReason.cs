namespace GridBot.Core.Errors;

/// <summary>Why trading should stop; <see cref="None"/> when it may continue. Listed in the order they are checked.</summary>
public enum TradingHaltReason
{
    None,
    CriticalError,
    UnhealthyConnection,
    TooManyHighSeverityErrors,
    TooManyErrors,
}
