namespace GridBot.Core.Safety;

/// <summary>
/// The outcome of a safety check: <see cref="Action"/> is the highest-priority action among
/// <see cref="Events"/>, or <see cref="SafetyAction.Continue"/> when there are none.
/// </summary>
public sealed record SafetyAssessment(SafetyAction Action, IReadOnlyList<SafetyEvent> Events)
{
    public static SafetyAssessment Continue { get; } = new(SafetyAction.Continue, []);

    public bool IsSafe => Action == SafetyAction.Continue;

    public static SafetyAssessment Of(IReadOnlyList<SafetyEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var action = events.Aggregate(SafetyAction.Continue, (max, e) => max.Max(e.Action));
        return new SafetyAssessment(action, events);
    }
}
