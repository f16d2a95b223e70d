using GridBot.Backtesting.Reports;
using Xunit.Abstractions;

namespace GridBot.Backtesting.Tests.Reports;

/// <summary>Writes a sample report for a look in a browser when GRIDBOT_REPORT_SAMPLE names the HTML path.</summary>
public sealed class ReportSampleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(20_160, 1_440)]
    [InlineData(525_600, 30_000)]
    [InlineData(300, 120)]
    public void Write_SampleRequested_WritesHtmlAndCsv(int bars, int periodBars)
    {
        var path = Environment.GetEnvironmentVariable("GRIDBOT_REPORT_SAMPLE");
        if (string.IsNullOrEmpty(path))
        {
            output.WriteLine("skipped: set GRIDBOT_REPORT_SAMPLE=/tmp/report-sample.html to write a sample report");
            return;
        }

        if (bars != 20_160)
        {
            path = Path.ChangeExtension(path, $".{bars}.html");
        }

        var files = HtmlReportWriter.Write(SyntheticRun.Create(bars, periodBars), path);

        File.Exists(files.HtmlPath).Should().BeTrue();
        File.Exists(files.FillsCsvPath).Should().BeTrue();
        output.WriteLine($"wrote {files.HtmlPath} ({new FileInfo(files.HtmlPath).Length} bytes) and {files.FillsCsvPath}");
    }
}
