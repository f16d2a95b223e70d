using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// The most recent safety events, oldest first, at most <see cref="Capacity"/> of them; adding
/// beyond capacity drops the oldest.
/// </summary>
public sealed record SafetyEventLog(IReadOnlyList<SafetyEvent> Events, int Capacity)
{
    public const int DefaultCapacity = 100;

    public int Capacity { get; init; } = Guard.Positive(Capacity);

    public static SafetyEventLog Empty(int capacity = DefaultCapacity) => new([], capacity);

    public SafetyEventLog Add(SafetyEvent safetyEvent) => AddRange([Guard.NotNull(safetyEvent)]);

    public SafetyEventLog AddRange(IReadOnlyList<SafetyEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return this;
        }

        var all = Events.Concat(events).ToList();
        var keep = all.Count > Capacity ? all.GetRange(all.Count - Capacity, Capacity) : all;
        return this with { Events = keep };
    }
}
