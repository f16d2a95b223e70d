namespace GridBot.Runtime.Reporting;

public enum ReportKind
{
    /// <summary>The UTC day before the run.</summary>
    Daily,

    /// <summary>The seven UTC days before the run's day (run on Monday: the previous ISO week).</summary>
    Weekly,
}
