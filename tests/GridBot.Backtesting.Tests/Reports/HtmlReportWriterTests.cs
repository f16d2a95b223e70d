using System.Text.RegularExpressions;
using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Reports;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Reports;

public sealed class HtmlReportWriterTests
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_SmallRun_HasOneSvgPerChart()
    {
        var html = HtmlReportWriter.Render(Small());

        Count(html, "<svg").Should().Be(2);
        Count(html, "</svg>").Should().Be(2);
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
    }

    [Fact]
    public void Render_SmallRun_HasOneRowPerKpi()
    {
        var html = HtmlReportWriter.Render(Small());

        Count(html, "<tr>").Should().Be(3);
        html.Should().Contain("<tr><th scope=\"row\">Net profit</th><td>12.34 USDC</td></tr>")
            .And.Contain("<tr><th scope=\"row\">Fills</th><td>3</td></tr>")
            .And.Contain("<tr><th scope=\"row\">Max drawdown</th><td>4.5 %</td></tr>");
    }

    [Fact]
    public void Render_SmallRun_DrawsOneLinePerLevel()
    {
        var html = HtmlReportWriter.Render(Small());

        Count(html, "<line class=\"level\"").Should().Be(5);
        html.Should().Contain("<title>level 4 · 25,400</title>");
    }

    [Fact]
    public void Render_SmallRun_DrawsOneMarkerPerFillWithItsOwnShape()
    {
        var html = HtmlReportWriter.Render(Small());

        Count(html, "<path class=\"start\"").Should().Be(1);
        Count(html, "<path class=\"buy\"").Should().Be(1);
        Count(html, "<path class=\"sell\"").Should().Be(1);
        html.Should().Contain("sell · level 3 · 2023-03-01 00:10 UTC · 0.001 @ 25,200 · fee 0.0252 (maker)");
        html.Should().Contain("All 3 fills shown.");
    }

    [Fact]
    public void Render_MarkupInTitleAndKpis_IsEscaped()
    {
        var data = Small() with
        {
            Title = "<script>alert(1)</script>",
            Subtitle = "a & b",
            Kpis = [new("<b>name</b>", "\"quoted\" <i>")],
        };

        var html = HtmlReportWriter.Render(data);

        html.Should().NotContainEquivalentOf("<script").And.NotContain("<b>").And.NotContain("<i>");
        html.Should().Contain("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
            .And.Contain("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>")
            .And.Contain("a &amp; b")
            .And.Contain("<th scope=\"row\">&lt;b&gt;name&lt;/b&gt;</th><td>&quot;quoted&quot; &lt;i&gt;</td>");
    }

    [Fact]
    public void Render_Always_LoadsNothingFromTheNetwork()
    {
        var html = HtmlReportWriter.Render(Small());

        var withoutNamespace = html.Replace($"xmlns=\"{SvgNamespace}\"", string.Empty, StringComparison.Ordinal);
        withoutNamespace.Should().NotContain("http://").And.NotContain("https://").And.NotContain("//cdn");
        html.Should().NotContainEquivalentOf("<script").And.NotContain("<link").And.NotContain("@import").And.NotContain("url(");
        Count(html, SvgNamespace).Should().Be(2);
    }

    [Fact]
    public void Render_ManyFills_ShowsAtMost2000MarkersAndSaysHowMany()
    {
        var small = Small();
        var fills = Enumerable.Range(0, 5_000)
            .Select(i => new SimFill(small.Bars[i % 20].OpenTimeMs, i % 20, i % 5, i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 25_000m, 0.001m, 0.025m, false))
            .ToArray();

        var html = HtmlReportWriter.Render(small with { Fills = fills });

        (Count(html, "<path class=\"buy\"") + Count(html, "<path class=\"sell\"")).Should().Be(2_000);
        html.Should().Contain("Showing 2,000 of 5,000 fills (evenly sampled).");
    }

    [Fact]
    public void Render_YearOfMinuteBars_StaysUnderThreeMegabytes()
    {
        var data = SyntheticRun.Create(525_600, 300);
        data.Fills.Count.Should().BeGreaterThan(10_000, "the case must exercise the marker cap");

        var html = HtmlReportWriter.Render(data);

        html.Length.Should().BeLessThan(3_000_000);
        (Count(html, "<path class=\"buy\"") + Count(html, "<path class=\"sell\"") + Count(html, "<path class=\"start\"")).Should().Be(2_000);
        foreach (Match polyline in Regex.Matches(html, "<polyline class=\"(close|equity|bh)\" points=\"([^\"]*)\""))
        {
            polyline.Groups[2].Value.Split(' ').Length.Should().BeLessThanOrEqualTo(1_505);
        }

        html.Should().Contain("525,600 bars in 1,500 buckets");
    }

    [Fact]
    public void Render_NoBarsNoFills_DrawsEmptyCharts()
    {
        var data = new BacktestReportData("empty", string.Empty, [], [], [], [], [], []);

        var html = HtmlReportWriter.Render(data);

        Count(html, "<svg").Should().Be(2);
        Count(html, ">no bars</text>").Should().Be(2);
    }

    [Fact]
    public void Render_EquityShorterThanBars_Throws()
    {
        var data = Small();

        var act = () => HtmlReportWriter.Render(data with { Equity = data.Equity.Take(19).ToArray() });

        act.Should().Throw<ArgumentException>().WithMessage("*one value per bar (20)*");
    }

    [Fact]
    public void Render_NaNInBuyAndHold_Throws()
    {
        var data = Small();
        var buyAndHold = data.BuyAndHold.ToArray();
        buyAndHold[3] = double.NaN;

        var act = () => HtmlReportWriter.Render(data with { BuyAndHold = buyAndHold });

        act.Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Fact]
    public void Render_FillOutsideBars_Throws()
    {
        var data = Small();
        var fill = data.Fills[1] with { BarIndex = 20 };

        var act = () => HtmlReportWriter.Render(data with { Fills = [fill] });

        act.Should().Throw<ArgumentException>().WithMessage("*bar 20 outside the 20 bars*");
    }

    [Fact]
    public void Write_NewNestedFolder_WritesHtmlAndFillsCsvBesideIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gridbot-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = HtmlReportWriter.Write(Small(), Path.Combine(folder, "runs", "btc.html"));

            files.HtmlPath.Should().Be(Path.Combine(folder, "runs", "btc.html"));
            files.FillsCsvPath.Should().Be(Path.Combine(folder, "runs", "btc.fills.csv"));
            File.ReadAllText(files.HtmlPath).Should().Contain("<a href=\"btc.fills.csv\">btc.fills.csv</a>");
            File.ReadAllLines(files.FillsCsvPath).Should().HaveCount(4).And.StartWith(FillsCsv.Header);
            File.ReadAllBytes(files.HtmlPath)[0].Should().Be((byte)'<', "no byte-order mark");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>20 one-minute bars, 5 levels 24,600–25,400, a start-up buy, a buy and a sell, 3 KPIs.</summary>
    internal static BacktestReportData Small()
    {
        var bars = Enumerable.Range(0, 20)
            .Select(i => new Bar(SyntheticRun.StartMs + i * 60_000L, 25_000m, 25_300m + i, 24_700m - i, 25_000m + 10 * (i % 3), 1m))
            .ToArray();
        decimal[] levels = [24_600m, 24_800m, 25_000m, 25_200m, 25_400m];
        SimFill[] fills =
        [
            new(bars[0].OpenTimeMs, 0, -1, OrderSide.Buy, 25_000m, 0.002m, 0.05m, true),
            new(bars[4].OpenTimeMs, 4, 1, OrderSide.Buy, 24_800m, 0.001m, 0.0248m, false),
            new(bars[10].OpenTimeMs, 10, 3, OrderSide.Sell, 25_200m, 0.001m, 0.0252m, false),
        ];
        var equity = bars.Select((_, i) => 1_000.0 + i).ToArray();
        var buyAndHold = bars.Select((_, i) => 1_000.0 - i).ToArray();
        KeyValuePair<string, string>[] kpis = [new("Net profit", "12.34 USDC"), new("Fills", "3"), new("Max drawdown", "4.5 %")];
        return new BacktestReportData("BTC/USDC grid", "test run", kpis, bars, levels, fills, equity, buyAndHold);
    }

    private static int Count(string text, string fragment) =>
        Regex.Count(text, Regex.Escape(fragment));
}
