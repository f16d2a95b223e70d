using System.Text;
using GridBot.Backtesting.Kernel;
using GridBot.Core.Common;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Writes a backtest as one self-contained HTML page (KPI table, equity against buy-and-hold, price with grid
/// levels and fills; inline SVG and CSS, no scripts, fonts or links to the network) and its fills as CSV beside it.
/// Charts are folded to at most <see cref="MaxBuckets"/> x-buckets and <see cref="MaxFillMarkers"/> markers, so a
/// year of 1m bars with tens of thousands of fills stays around a megabyte. Every text is HTML-escaped.
/// </summary>
public static class HtmlReportWriter
{
    public const int MaxBuckets = 1_500;
    public const int MaxFillMarkers = 2_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="htmlPath"/> and <c>NAME.fills.csv</c> beside it, creating the folder if needed.</summary>
    public static ReportFiles Write(BacktestReportData data, string htmlPath)
    {
        Guard.NotBlank(htmlPath);
        var html = Path.GetFullPath(htmlPath);
        var folder = Path.GetDirectoryName(html);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var csv = FillsCsv.PathFor(html);
        File.WriteAllText(html, Render(data, Path.GetFileName(csv)), Utf8);
        using (var writer = new StreamWriter(csv, append: false, Utf8))
        {
            FillsCsv.Write(writer, data.Fills);
        }

        return new ReportFiles(html, csv);
    }

    public static string Render(BacktestReportData data) => Render(data, fillsCsvName: null);

    internal static string Render(BacktestReportData data, string? fillsCsvName)
    {
        Check(data);
        var buckets = Downsample.Prices(data.Bars, MaxBuckets);
        var equity = Downsample.Series(data.Equity, MaxBuckets);
        var buyAndHold = Downsample.Series(data.BuyAndHold, MaxBuckets);
        var shownFills = FillMarks.SampleEvenly(data.Fills, MaxFillMarkers);

        var sb = new StringBuilder(256 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .Append(SvgText.Escape(data.Title)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
          .Append("<h1>").Append(SvgText.Escape(data.Title)).Append("</h1>\n<p class=\"sub\">").Append(SvgText.Escape(data.Subtitle)).Append("</p>\n");
        Kpis(sb, data.Kpis);

        sb.Append("<section id=\"equity\">\n<h2>Equity against buy-and-hold</h2>\n<div class=\"chart\">\n");
        EquityChart.Render(sb, data, equity, buyAndHold);
        sb.Append("</div>\n<p class=\"note\">").Append(SvgText.Escape(EquityNote(data.Bars.Count, equity.Count))).Append("</p>\n</section>\n");

        sb.Append("<section id=\"price\">\n<h2>Price, grid levels and fills</h2>\n<div class=\"chart\">\n");
        PriceChart.Render(sb, data, buckets, shownFills);
        sb.Append("</div>\n<p class=\"note\">").Append(SvgText.Escape(PriceNote(data, buckets.Length, shownFills.Count))).Append("</p>\n</section>\n");

        Footer(sb, fillsCsvName);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Check(BacktestReportData data)
    {
        Guard.NotNull(data);
        Guard.NotNull(data.Kpis);
        Guard.NotNull(data.LevelPrices);
        Guard.NotNull(data.Fills);
        var bars = Guard.NotNull(data.Bars).Count;
        if (Guard.NotNull(data.Equity).Count != bars || Guard.NotNull(data.BuyAndHold).Count != bars)
        {
            throw new ArgumentException(
                $"equity ({data.Equity.Count}) and buy-and-hold ({data.BuyAndHold.Count}) need one value per bar ({bars})", nameof(data));
        }

        if (data.Equity.Any(v => !double.IsFinite(v)) || data.BuyAndHold.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("equity and buy-and-hold must be finite numbers", nameof(data));
        }

        foreach (var fill in data.Fills)
        {
            if (fill.BarIndex < 0 || fill.BarIndex >= bars)
            {
                throw new ArgumentException($"fill at bar {fill.BarIndex} outside the {bars} bars", nameof(data));
            }
        }
    }

    private static void Kpis(StringBuilder sb, IReadOnlyList<KeyValuePair<string, string>> kpis)
    {
        sb.Append("<section id=\"kpis\">\n<h2>Key figures</h2>\n<table class=\"kpis\">\n<tbody>\n");
        foreach (var (name, value) in kpis)
        {
            sb.Append("<tr><th scope=\"row\">").Append(SvgText.Escape(name)).Append("</th><td>").Append(SvgText.Escape(value)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string EquityNote(int bars, int points) =>
        bars <= MaxBuckets
            ? $"Marked at each bar's close; {SvgText.Int(bars)} bars."
            : $"Marked at each bar's close; {SvgText.Int(bars)} bars drawn as {SvgText.Int(points)} points "
              + "(last value per bucket, with the start, the extremes and the max drawdown kept).";

    private static string PriceNote(BacktestReportData data, int buckets, int shownFills)
    {
        var bars = data.Bars.Count <= MaxBuckets
            ? $"Band: low–high of each bar; line: close ({SvgText.Int(data.Bars.Count)} bars)."
            : $"Band: lowest low to highest high per bucket; line: last close ({SvgText.Int(data.Bars.Count)} bars in {SvgText.Int(buckets)} buckets).";
        var fills = shownFills < data.Fills.Count
            ? $"Showing {SvgText.Int(shownFills)} of {SvgText.Int(data.Fills.Count)} fills (evenly sampled)."
            : $"All {SvgText.Int(data.Fills.Count)} fills shown.";
        return $"{bars} {SvgText.Int(data.LevelPrices.Count)} grid levels. {fills} Hover a marker or level for details.";
    }

    private static void Footer(StringBuilder sb, string? fillsCsvName)
    {
        sb.Append("<footer>");
        if (fillsCsvName is not null)
        {
            sb.Append("Every fill: <a href=\"").Append(SvgText.Escape(Uri.EscapeDataString(fillsCsvName))).Append("\">")
              .Append(SvgText.Escape(fillsCsvName)).Append("</a>. ");
        }

        sb.Append("Times in UTC.</footer>\n");
    }
}
