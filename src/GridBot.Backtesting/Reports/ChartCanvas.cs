using System.Text;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// The frame of one chart: x is the bar index (0 … count−1) mapped across the plot width, y a value range with a
/// little padding. Draws gridlines, date and value labels and the legend; the chart draws its data between.
/// </summary>
internal sealed class ChartCanvas
{
    public const double Width = 1200;
    private const double Left = 88;
    private const double Right = 24;
    private const double Top = 36;
    private const double Bottom = 40;

    private readonly int _barCount;
    private readonly double _yMin;
    private readonly double _yMax;

    public ChartCanvas(double height, int barCount, double dataMin, double dataMax)
    {
        Height = height;
        _barCount = barCount;
        if (!(dataMax > dataMin))
        {
            var pad = Math.Max(Math.Abs(dataMax) * 0.01, 1);
            (dataMin, dataMax) = (dataMin - pad, dataMax + pad);
        }

        var margin = (dataMax - dataMin) * 0.04;
        (_yMin, _yMax) = (dataMin - margin, dataMax + margin);
    }

    public double Height { get; }

    public static double PlotLeft => Left;

    public static double PlotRight => Width - Right;

    private static double PlotWidth => Width - Left - Right;

    private double PlotHeight => Height - Top - Bottom;

    public double X(double barIndex) =>
        _barCount <= 1 ? Left + PlotWidth / 2 : Left + barIndex / (_barCount - 1) * PlotWidth;

    public double Y(double value) => Top + (_yMax - value) / (_yMax - _yMin) * PlotHeight;

    public void Open(StringBuilder sb, string label)
    {
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(SvgText.Px(Width)).Append(' ')
          .Append(SvgText.Px(Height)).Append("\" role=\"img\" aria-label=\"").Append(SvgText.Escape(label)).Append("\">\n");
    }

    public static void Close(StringBuilder sb) => sb.Append("</svg>\n");

    public void Axes(StringBuilder sb, IReadOnlyList<Bar> bars, string valueTitle)
    {
        var step = NiceScale.Step(_yMin, _yMax, 8);
        sb.Append("<g class=\"axis\">\n");
        foreach (var tick in NiceScale.Ticks(_yMin, _yMax, step))
        {
            var y = SvgText.Px(Y(tick));
            sb.Append("<line class=\"grid\" x1=\"").Append(SvgText.Px(Left)).Append("\" x2=\"").Append(SvgText.Px(Width - Right))
              .Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>")
              .Append("<text x=\"").Append(SvgText.Px(Left - 6)).Append("\" y=\"").Append(y).Append("\" dy=\"4\" text-anchor=\"end\">")
              .Append(SvgText.Number(tick, step)).Append("</text>\n");
        }

        foreach (var tick in TimeAxis.Ticks(bars, 12))
        {
            var x = SvgText.Px(X(tick.BarIndex));
            sb.Append("<line class=\"grid\" x1=\"").Append(x).Append("\" x2=\"").Append(x).Append("\" y1=\"").Append(SvgText.Px(Top))
              .Append("\" y2=\"").Append(SvgText.Px(Height - Bottom)).Append("\"/>")
              .Append("<text x=\"").Append(x).Append("\" y=\"").Append(SvgText.Px(Height - Bottom + 18)).Append("\" text-anchor=\"middle\">")
              .Append(SvgText.Escape(tick.Label)).Append("</text>\n");
        }

        sb.Append("<rect class=\"frame\" x=\"").Append(SvgText.Px(Left)).Append("\" y=\"").Append(SvgText.Px(Top))
          .Append("\" width=\"").Append(SvgText.Px(PlotWidth)).Append("\" height=\"").Append(SvgText.Px(PlotHeight)).Append("\"/>\n")
          .Append("<text x=\"").Append(SvgText.Px(Left)).Append("\" y=\"").Append(SvgText.Px(Top - 10)).Append("\" class=\"unit\">")
          .Append(SvgText.Escape(valueTitle)).Append("</text>\n")
          .Append("<text x=\"").Append(SvgText.Px(Width - Right)).Append("\" y=\"").Append(SvgText.Px(Height - 4))
          .Append("\" text-anchor=\"end\" class=\"unit\">time (UTC)</text>\n</g>\n");
    }

    /// <summary>Legend laid out right-aligned along the top margin, above the plot.</summary>
    public static void Legend(StringBuilder sb, IReadOnlyList<LegendItem> items)
    {
        var widths = items.Select(i => 30 + i.Label.Length * 6.8).ToArray();
        var x = Width - Right - widths.Sum();
        sb.Append("<g class=\"legend\">\n");
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append(items[i].Swatch(x + 9, Top - 14))
              .Append("<text x=\"").Append(SvgText.Px(x + 22)).Append("\" y=\"").Append(SvgText.Px(Top - 10)).Append("\">")
              .Append(SvgText.Escape(items[i].Label)).Append("</text>\n");
            x += widths[i];
        }

        sb.Append("</g>\n");
    }

    public static string LineSwatch(string cssClass, double x, double y) =>
        $"<line class=\"{cssClass} swatch\" x1=\"{SvgText.Px(x - 9)}\" x2=\"{SvgText.Px(x + 9)}\" y1=\"{SvgText.Px(y)}\" y2=\"{SvgText.Px(y)}\"/>";

    public void Message(StringBuilder sb, string text) =>
        sb.Append("<text class=\"empty\" x=\"").Append(SvgText.Px(Width / 2)).Append("\" y=\"").Append(SvgText.Px(Height / 2))
          .Append("\" text-anchor=\"middle\">").Append(SvgText.Escape(text)).Append("</text>\n");

    /// <summary>A polyline's point list "x,y x,y …" for the given points.</summary>
    public string Points(IEnumerable<SeriesPoint> points)
    {
        var sb = new StringBuilder();
        foreach (var p in points)
        {
            sb.Append(SvgText.Px(X(p.Index))).Append(',').Append(SvgText.Px(Y(p.Value))).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }
}
