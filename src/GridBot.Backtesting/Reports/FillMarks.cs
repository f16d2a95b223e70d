using GridBot.Backtesting.Kernel;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Marker shapes for fills: buys are green triangles pointing up, sells red triangles pointing down, the start-up
/// market buy a violet diamond; shape and colour both differ so the chart reads in greyscale too.
/// </summary>
internal static class FillMarks
{
    public static string ClassOf(SimFill fill) =>
        fill.Level < 0 ? "start" : fill.Side == OrderSide.Buy ? "buy" : "sell";

    public static string PathOf(string cssClass, double x, double y) => cssClass switch
    {
        "start" => $"M{SvgText.Px(x)} {SvgText.Px(y - 7)}l7 7-7 7-7-7z",
        "sell" => $"M{SvgText.Px(x)} {SvgText.Px(y + 5)}l5-8.5h-10z",
        _ => $"M{SvgText.Px(x)} {SvgText.Px(y - 5)}l5 8.5h-10z",
    };

    public static string Swatch(string cssClass, double x, double y) =>
        $"<path class=\"{cssClass} swatch\" d=\"{PathOf(cssClass, x, y)}\"/>";

    /// <summary>At most <paramref name="cap"/> fills, evenly spread over the run (the first fill always kept), in order.</summary>
    public static IReadOnlyList<SimFill> SampleEvenly(IReadOnlyList<SimFill> fills, int cap)
    {
        if (fills.Count <= cap)
        {
            return fills;
        }

        var sample = new SimFill[cap];
        for (var i = 0; i < cap; i++)
        {
            sample[i] = fills[(int)((long)i * fills.Count / cap)];
        }

        return sample;
    }

    public static string Tooltip(SimFill fill)
    {
        var side = fill.Level < 0 ? "start-up market buy" : fill.Side == OrderSide.Buy ? "buy" : "sell";
        var level = fill.Level < 0 ? string.Empty : $" · level {SvgText.Int(fill.Level)}";
        return $"{side}{level} · {SvgText.Time(fill.TimeMs, "yyyy-MM-dd HH:mm")} UTC · {SvgText.Price(fill.Quantity)} @ "
            + $"{SvgText.Price(fill.Price)} · fee {SvgText.Price(fill.Fee)} ({(fill.IsTaker ? "taker" : "maker")})";
    }
}
