namespace GridBot.Backtesting.Kernel;

/// <summary>
/// What the close rules did in a run: the trailing window's shifts, the exit (<see cref="KernelExit.StopLoss"/> or
/// <see cref="KernelExit.TakeProfit"/>, at the close time of the triggering bar) and the flatten's sells.
/// </summary>
internal readonly record struct CloseRuleOutcome(int TrailShifts, string? ExitReason, long? ExitTimeMs, int ExitSells)
{
    public static CloseRuleOutcome None => default;
}
