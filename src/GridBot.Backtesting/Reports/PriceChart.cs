using System.Text;
using GridBot.Backtesting.Kernel;

namespace GridBot.Backtesting.Reports;

/// <summary>Price (min–max band and close per x-bucket) with the grid levels as horizontal lines and fill markers.</summary>
internal static class PriceChart
{
    private const double Height = 480;

    public static void Render(StringBuilder sb, BacktestReportData data, PriceBucket[] buckets, IReadOnlyList<SimFill> shownFills)
    {
        var (min, max) = Range(buckets, data.LevelPrices, shownFills);
        var canvas = new ChartCanvas(Height, data.Bars.Count, min, max);
        canvas.Open(sb, "Price with grid levels and fills");
        if (buckets.Length == 0)
        {
            canvas.Message(sb, "no bars");
            ChartCanvas.Close(sb);
            return;
        }

        canvas.Axes(sb, data.Bars, "price (quote)");
        Levels(sb, canvas, data.LevelPrices);
        Band(sb, canvas, buckets);
        var closes = buckets.Select(b => new SeriesPoint(b.Last, b.Close));
        sb.Append("<polyline class=\"close\" points=\"").Append(canvas.Points(closes)).Append("\"><title>close</title></polyline>\n");
        Markers(sb, canvas, shownFills);
        ChartCanvas.Legend(sb, LegendItems(shownFills));
        ChartCanvas.Close(sb);
    }

    private static (double Min, double Max) Range(PriceBucket[] buckets, IReadOnlyList<decimal> levels, IReadOnlyList<SimFill> fills)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var b in buckets)
        {
            (min, max) = (Math.Min(min, b.Low), Math.Max(max, b.High));
        }

        foreach (var price in levels.Concat(fills.Select(f => f.Price)))
        {
            (min, max) = (Math.Min(min, (double)price), Math.Max(max, (double)price));
        }

        return double.IsFinite(min) ? (min, max) : (0, 1);
    }

    private static void Levels(StringBuilder sb, ChartCanvas canvas, IReadOnlyList<decimal> levels)
    {
        var x1 = SvgText.Px(ChartCanvas.PlotLeft);
        var x2 = SvgText.Px(ChartCanvas.PlotRight);
        sb.Append("<g class=\"levels\">\n");
        for (var i = 0; i < levels.Count; i++)
        {
            var y = SvgText.Px(canvas.Y((double)levels[i]));
            sb.Append("<line class=\"level\" x1=\"").Append(x1).Append("\" x2=\"").Append(x2).Append("\" y1=\"").Append(y)
              .Append("\" y2=\"").Append(y).Append("\"><title>level ").Append(SvgText.Int(i)).Append(" · ")
              .Append(SvgText.Price(levels[i])).Append("</title></line>\n");
        }

        sb.Append("</g>\n");
    }

    private static void Band(StringBuilder sb, ChartCanvas canvas, PriceBucket[] buckets)
    {
        sb.Append("<polygon class=\"band\" points=\"");
        foreach (var b in buckets)
        {
            sb.Append(SvgText.Px(canvas.X(b.Middle))).Append(',').Append(SvgText.Px(canvas.Y(b.High))).Append(' ');
        }

        for (var k = buckets.Length - 1; k >= 0; k--)
        {
            var b = buckets[k];
            sb.Append(SvgText.Px(canvas.X(b.Middle))).Append(',').Append(SvgText.Px(canvas.Y(b.Low))).Append(k > 0 ? " " : string.Empty);
        }

        sb.Append("\"><title>low–high range</title></polygon>\n");
    }

    private static void Markers(StringBuilder sb, ChartCanvas canvas, IReadOnlyList<SimFill> fills)
    {
        sb.Append("<g class=\"fills\">\n");
        foreach (var fill in fills)
        {
            var cssClass = FillMarks.ClassOf(fill);
            sb.Append("<path class=\"").Append(cssClass).Append("\" d=\"")
              .Append(FillMarks.PathOf(cssClass, canvas.X(fill.BarIndex), canvas.Y((double)fill.Price)))
              .Append("\"><title>").Append(SvgText.Escape(FillMarks.Tooltip(fill))).Append("</title></path>\n");
        }

        sb.Append("</g>\n");
    }

    private static List<LegendItem> LegendItems(IReadOnlyList<SimFill> fills)
    {
        var items = new List<LegendItem>
        {
            new("low–high", (x, y) => $"<rect class=\"band swatch\" x=\"{SvgText.Px(x - 9)}\" y=\"{SvgText.Px(y - 5)}\" width=\"18\" height=\"10\"/>"),
            new("close", (x, y) => ChartCanvas.LineSwatch("close", x, y)),
            new("grid level", (x, y) => ChartCanvas.LineSwatch("level", x, y)),
            new("buy fill", (x, y) => FillMarks.Swatch("buy", x, y)),
            new("sell fill", (x, y) => FillMarks.Swatch("sell", x, y)),
        };
        if (fills.Any(f => FillMarks.ClassOf(f) == "start"))
        {
            items.Add(new("start-up market buy", (x, y) => FillMarks.Swatch("start", x, y)));
        }

        if (fills.Any(f => FillMarks.ClassOf(f) == "exit"))
        {
            items.Add(new("flatten sell", (x, y) => FillMarks.Swatch("exit", x, y)));
        }

        return items;
    }
}
