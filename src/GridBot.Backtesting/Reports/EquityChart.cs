using System.Text;

namespace GridBot.Backtesting.Reports;

/// <summary>Strategy equity against buy-and-hold, with the starting value and the max drawdown marked.</summary>
internal static class EquityChart
{
    private const double Height = 360;

    public static void Render(StringBuilder sb, BacktestReportData data, List<SeriesPoint> equity, List<SeriesPoint> buyAndHold)
    {
        var all = equity.Concat(buyAndHold).Select(p => p.Value).ToList();
        var canvas = new ChartCanvas(Height, data.Bars.Count, all.Count > 0 ? all.Min() : 0, all.Count > 0 ? all.Max() : 1);
        canvas.Open(sb, "Equity against buy-and-hold");
        if (equity.Count == 0)
        {
            canvas.Message(sb, "no bars");
            ChartCanvas.Close(sb);
            return;
        }

        canvas.Axes(sb, data.Bars, "value (quote)");
        var start = SvgText.Px(canvas.Y(data.Equity[0]));
        sb.Append("<line class=\"start-value\" x1=\"").Append(SvgText.Px(ChartCanvas.PlotLeft)).Append("\" x2=\"")
          .Append(SvgText.Px(ChartCanvas.PlotRight)).Append("\" y1=\"").Append(start).Append("\" y2=\"").Append(start)
          .Append("\"><title>starting value</title></line>\n")
          .Append("<polyline class=\"bh\" points=\"").Append(canvas.Points(buyAndHold)).Append("\"><title>buy &amp; hold</title></polyline>\n")
          .Append("<polyline class=\"equity\" points=\"").Append(canvas.Points(equity)).Append("\"><title>strategy equity</title></polyline>\n");
        DrawdownMark(sb, canvas, data);
        ChartCanvas.Legend(sb,
        [
            new("strategy", (x, y) => ChartCanvas.LineSwatch("equity", x, y)),
            new("buy & hold", (x, y) => ChartCanvas.LineSwatch("bh", x, y)),
            new("starting value", (x, y) => ChartCanvas.LineSwatch("start-value", x, y)),
            new("max drawdown", (x, y) => ChartCanvas.LineSwatch("dd", x, y)),
        ]);
        ChartCanvas.Close(sb);
    }

    /// <summary>A bracket from the peak across to the trough's time and down to its value.</summary>
    private static void DrawdownMark(StringBuilder sb, ChartCanvas canvas, BacktestReportData data)
    {
        var dd = Drawdown.Of(data.Equity);
        if (dd.Fraction <= 0)
        {
            return;
        }

        var (xPeak, xTrough) = (SvgText.Px(canvas.X(dd.Peak)), SvgText.Px(canvas.X(dd.Trough)));
        var (yPeak, yTrough) = (SvgText.Px(canvas.Y(data.Equity[dd.Peak])), SvgText.Px(canvas.Y(data.Equity[dd.Trough])));
        var title = SvgText.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"max drawdown −{dd.Fraction * 100:0.00} %: {SvgText.Time(data.Bars[dd.Peak].OpenTimeMs, "yyyy-MM-dd HH:mm")} → "
            + $"{SvgText.Time(data.Bars[dd.Trough].OpenTimeMs, "yyyy-MM-dd HH:mm")} UTC"));
        sb.Append("<g class=\"dd\"><title>").Append(title).Append("</title>")
          .Append("<polyline points=\"").Append(xPeak).Append(',').Append(yPeak).Append(' ').Append(xTrough).Append(',').Append(yPeak)
          .Append(' ').Append(xTrough).Append(',').Append(yTrough).Append("\"/>")
          .Append("<circle cx=\"").Append(xPeak).Append("\" cy=\"").Append(yPeak).Append("\" r=\"3.5\"/>")
          .Append("<circle cx=\"").Append(xTrough).Append("\" cy=\"").Append(yTrough).Append("\" r=\"3.5\"/>")
          .Append("<text x=\"").Append(xTrough).Append("\" y=\"").Append(yTrough)
          .Append(canvas.X(dd.Trough) > ChartCanvas.PlotRight - 60 ? "\" dx=\"-6\" dy=\"16\" text-anchor=\"end\">−" : "\" dx=\"6\" dy=\"14\">−")
          .Append(dd.Fraction.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture)).Append("</text></g>\n");
    }
}
