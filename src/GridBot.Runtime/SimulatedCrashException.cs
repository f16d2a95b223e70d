namespace GridBot.Runtime;

/// <summary>Thrown by a test's crash hook to stop the runtime dead at a <see cref="CrashPoint"/>.</summary>
public sealed class SimulatedCrashException(CrashPoint point) : Exception($"simulated crash at {point}")
{
    public CrashPoint Point { get; } = point;
}
