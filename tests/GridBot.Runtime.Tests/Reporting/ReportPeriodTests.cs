using GridBot.Core.Ports;
using GridBot.Runtime.Reporting;

namespace GridBot.Runtime.Tests.Reporting;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(ReportKind.Daily, "2026-12-05T00:10:00Z", "2026-12-04", "2026-12-04", "daily/2026-12-04")]
    [InlineData(ReportKind.Daily, "2026-12-05T23:59:59Z", "2026-12-04", "2026-12-04", "daily/2026-12-04")]
    [InlineData(ReportKind.Weekly, "2026-12-07T00:15:00Z", "2026-11-30", "2026-12-06", "weekly/2026-W49")]
    [InlineData(ReportKind.Weekly, "2027-01-04T00:15:00Z", "2026-12-28", "2027-01-03", "weekly/2026-W53")]
    public void Before_RunTime_PeriodAndFolder(ReportKind kind, string now, string first, string last, string folder)
    {
        var period = ReportPeriod.Before(kind, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        period.First.Should().Be(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        period.Last.Should().Be(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        period.Folder.Should().Be(folder);
        ArtifactNames.Problem(period.Folder + "/portfolio.html").Should().BeNull();
        (period.ToMs - period.FromMs).Should().Be((period.Last.DayNumber - period.First.DayNumber + 1) * 86_400_000L);
    }
}
