namespace GridBot.Core.Errors;

/// <summary>Error counts within a window. Kinds, severities and categories that did not occur are absent (count 0).</summary>
public sealed record ErrorStatistics(
    int Total,
    IReadOnlyDictionary<ErrorKind, int> ByKind,
    IReadOnlyDictionary<ErrorSeverity, int> BySeverity,
    IReadOnlyDictionary<ErrorCategory, int> ByCategory)
{
    public static ErrorStatistics Of(IReadOnlyCollection<ErrorEvent> events) => new(
        events.Count,
        events.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()),
        events.GroupBy(e => e.Kind.Severity()).ToDictionary(g => g.Key, g => g.Count()),
        events.GroupBy(e => e.Kind.Category()).ToDictionary(g => g.Key, g => g.Count()));

    public int Count(ErrorKind kind) => ByKind.GetValueOrDefault(kind);

    public int Count(ErrorSeverity severity) => BySeverity.GetValueOrDefault(severity);

    public int Count(ErrorCategory category) => ByCategory.GetValueOrDefault(category);
}
