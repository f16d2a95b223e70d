using GridBot.Backtesting.Kernel;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Marker shapes for fills: grid buys are green triangles pointing up, grid sells red triangles pointing down, the
/// start-up market buy a violet diamond, the flatten's sells (after a stop-loss, take-profit or risk limit) an amber
/// square; shape and colour both differ so the chart reads in greyscale too. Taker fills are the bot's own market
/// orders (grid orders are limits that rest, so they fill as maker); a grid level may be negative after trailing down.
/// </summary>
internal static class FillMarks
{
    public static string ClassOf(SimFill fill) =>
        fill.IsTaker ? (fill.Side == OrderSide.Buy ? "start" : "exit") : fill.Side == OrderSide.Buy ? "buy" : "sell";

    public static string PathOf(string cssClass, double x, double y) => cssClass switch
    {
        "start" => $"M{SvgText.Px(x)} {SvgText.Px(y - 7)}l7 7-7 7-7-7z",
        "exit" => $"M{SvgText.Px(x - 5)} {SvgText.Px(y - 5)}h10v10h-10z",
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
        var side = ClassOf(fill) switch
        {
            "start" => "start-up market buy",
            "exit" => "flatten sell",
            var grid => grid,
        };
        var level = fill.IsTaker ? string.Empty : $" · level {SvgText.Int(fill.Level)}";
        return $"{side}{level} · {SvgText.Time(fill.TimeMs, "yyyy-MM-dd HH:mm")} UTC · {SvgText.Price(fill.Quantity)} @ "
            + $"{SvgText.Price(fill.Price)} · fee {SvgText.Price(fill.Fee)} ({(fill.IsTaker ? "taker" : "maker")})";
    }
}
