namespace GridBot.Runtime.Reporting;

/// <summary>A written report: its figures, the artifact names it wrote and the summary it sent.</summary>
public sealed record KpiReportResult(KpiReport Report, IReadOnlyList<string> Artifacts, string Summary);
