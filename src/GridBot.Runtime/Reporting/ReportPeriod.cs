using System.Globalization;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// A report's period, [<see cref="FromMs"/>, <see cref="ToMs"/>) in UTC, and its artifact folder: <c>daily/2026-12-04</c>
/// or <c>weekly/2026-W49</c> (the ISO week of the period's first day), so a rerun for the same period overwrites.
/// </summary>
public sealed record ReportPeriod(ReportKind Kind, DateOnly First, DateOnly Last)
{
    public long FromMs => Ms(First);

    public long ToMs => Ms(Last.AddDays(1));

    public string Label => Kind == ReportKind.Daily
        ? First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(First.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(First.ToDateTime(TimeOnly.MinValue)):00}");

    public string Folder => (Kind == ReportKind.Daily ? "daily/" : "weekly/") + Label;

    /// <summary>The day before <paramref name="now"/>'s UTC day, or the seven days before it.</summary>
    public static ReportPeriod Before(ReportKind kind, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new ReportPeriod(kind, today.AddDays(kind == ReportKind.Daily ? -1 : -7), today.AddDays(-1));
    }

    public override string ToString() => First == Last
        ? First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd} to {Last:yyyy-MM-dd}");

    private static long Ms(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
