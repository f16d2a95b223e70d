using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// The report as one PNG for a phone screen (<c>portfolio.png</c>): one panel per quote asset (figures in different
/// quotes share no axis), in each one horizontal bar per bot of its realized PnL net of fees (green gain, red loss) with
/// its unrealized PnL beside it where the bot has a last price (blue), bots in id order from the top. The title names the
/// report kind and period. <see cref="Width"/> wide and <see cref="RowHeight"/> per bot, at most <see cref="MaxBots"/>
/// bots (those with the largest realized plus unrealized PnL by magnitude; the subtitle says so) and
/// <see cref="MaxHeight"/> high. No bots draws a titled "no bots" image. Text uses a system font found by path
/// (<see cref="FontPath"/>: SkiaSharp's Linux build here has no fontconfig); with none, <see cref="CanDraw"/> is false
/// and the report goes without its image. The same report gives the same bytes.
/// </summary>
public static class KpiChart
{
    /// <summary>The image width in pixels.</summary>
    public const int Width = 1200;

    /// <summary>The height of one bot's row in pixels.</summary>
    public const int RowHeight = 40;

    /// <summary>The most bots drawn; a larger report draws those with the largest PnL by magnitude.</summary>
    public const int MaxBots = 50;

    /// <summary>The image height cap in pixels.</summary>
    public const int MaxHeight = 2400;

    /// <summary>The height of an image without bots, and the title's share of every image.</summary>
    public const int EmptyHeight = 400;

    /// <summary>The variable naming a font file to use instead of the system's.</summary>
    public const string FontVariable = "GRIDBOT_CHART_FONT";

    private const string FontName = "GridBot Chart Sans";

    /// <summary>Where Debian and most Linux images keep a sans font (fonts-dejavu-core, fonts-liberation).</summary>
    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/liberation/LiberationSans-Regular.ttf",
    ];

    private static readonly Lazy<string?> Font = new(FindFont);
    private const int TitleHeight = 90;
    private const int PanelChrome = 110;
    private static readonly Color Gain = Color.FromHex("#2f855a");
    private static readonly Color Loss = Color.FromHex("#c53030");
    private static readonly Color Unrealized = Color.FromHex("#3182ce");
    private static readonly Color Ink = Color.FromHex("#1f2933");
    private static readonly Color Muted = Color.FromHex("#616e7c");
    private static readonly Lock FontGate = new();
    private static bool _fontAdded;

    /// <summary>The font file the chart's text uses: <c>$GRIDBOT_CHART_FONT</c>, else the first system sans found; null when none.</summary>
    public static string? FontPath => Font.Value;

    /// <summary>Whether this host has a font to draw the chart's text with.</summary>
    public static bool CanDraw => FontPath is not null;

    /// <summary>The chart of <paramref name="report"/> as PNG bytes; throws when the host has no font (<see cref="CanDraw"/>).</summary>
    public static byte[] Png(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!CanDraw)
        {
            throw new InvalidOperationException($"no font to draw the chart's text: install fonts-dejavu-core or set {FontVariable} to a .ttf file");
        }

        EnsureFont();
        var shown = Shown(report.Bots);
        var groups = shown.GroupBy(b => b.QuoteAsset, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(b => b.BotId, StringComparer.Ordinal).ToList()).ToList();
        var height = Height(groups.Select(g => g.Count));

        var info = new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        DrawTitle(canvas, report, shown.Count);
        DrawLegend(canvas, shown);

        if (groups.Count == 0)
        {
            DrawCentered(canvas, report.Missing.Count > 0 ? $"No bots with state ({report.Missing.Count} registered without)" : "No bots", height);
        }
        else
        {
            // Each panel gets its chrome and a share of the remaining height by its bot count.
            var rows = groups.Sum(g => g.Count);
            var spare = height - TitleHeight - (PanelChrome * groups.Count);
            var top = TitleHeight;
            for (var i = 0; i < groups.Count; i++)
            {
                var panel = PanelChrome + (i == groups.Count - 1 ? height - top - PanelChrome : spare * groups[i].Count / rows);
                // Each panel on its own surface: ScottPlot clears the canvas it renders on.
                using var plot = Panel(groups[i]);
                using var panelSurface = SKSurface.Create(new SKImageInfo(Width, panel, SKColorType.Rgba8888, SKAlphaType.Premul));
                plot.Render(panelSurface);
                using var panelImage = panelSurface.Snapshot();
                canvas.DrawImage(panelImage, 0, top);
                top += panel;
            }
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The image height for panels of these bot counts: the title, each panel's chrome and a row per bot, capped.</summary>
    public static int Height(IEnumerable<int> panelBots)
    {
        ArgumentNullException.ThrowIfNull(panelBots);
        var counts = panelBots.ToList();
        return counts.Count == 0 ? EmptyHeight : Math.Min(MaxHeight, TitleHeight + counts.Sum(n => PanelChrome + (RowHeight * n)));
    }

    /// <summary>The bots drawn: all of them, or the <see cref="MaxBots"/> with the largest PnL by magnitude.</summary>
    private static List<BotKpi> Shown(IReadOnlyList<BotKpi> bots) => bots.Count <= MaxBots
        ? [.. bots]
        : [.. bots.OrderByDescending(b => Math.Abs(b.RealizedPnl + (b.UnrealizedPnl ?? 0m))).ThenBy(b => b.BotId, StringComparer.Ordinal).Take(MaxBots)];

    private static Plot Panel(List<BotKpi> bots)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < bots.Count; i++)
        {
            var b = bots[i];
            var y = bots.Count - 1 - i; // the first bot at the top
            var realized = (double)b.RealizedPnl;
            bars.Add(new Bar
            {
                Position = y + 0.18, Value = realized, Size = 0.34, FillColor = realized < 0 ? Loss : Gain, LineWidth = 0,
                Label = Amount(b.RealizedPnl),
            });
            if (b.UnrealizedPnl is { } u)
            {
                bars.Add(new Bar { Position = y - 0.18, Value = (double)u, Size = 0.34, FillColor = Unrealized, LineWidth = 0, Label = Amount(u) });
            }

            ticks.Add(new Tick(y, $"{b.BotId} {b.Symbol}{(b.Paper ? " (paper)" : "")}", isMajor: true));
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontName = FontName;
        barPlot.ValueLabelStyle.FontSize = 15;
        barPlot.ValueLabelStyle.ForeColor = Ink;
        var zero = plot.Add.VerticalLine(0, 1.5f, Muted);
        zero.LinePattern = LinePattern.Solid;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.TickLabelStyle.FontSize = 16;
        plot.Axes.Left.TickLabelStyle.ForeColor = Ink;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("G6", CultureInfo.InvariantCulture) };
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel($"PnL ({bots[0].QuoteAsset}): realized net of fees, unrealized", 16);
        plot.Axes.Bottom.Label.FontName = FontName;
        plot.Axes.Bottom.Label.ForeColor = Ink;

        // Room on both sides of zero for the value labels, whatever the sign of the bars.
        var low = Math.Min(0, bars.Min(b => b.Value));
        var high = Math.Max(0, bars.Max(b => b.Value));
        var span = high - low is var s && s > 0 ? s : 1;
        plot.Axes.SetLimits(low - (span * 0.18), high + (span * 0.18), -0.6, bots.Count - 0.4);

        return plot;
    }

    private static void DrawTitle(SKCanvas canvas, KpiReport report, int shown)
    {
        using var typeface = Typeface();
        using var title = new SKFont(typeface, 34) { Embolden = true, Subpixel = false };
        using var sub = new SKFont(typeface, 18) { Subpixel = false };
        using var ink = new SKPaint { Color = SKColor.Parse("#1f2933"), IsAntialias = true };
        using var muted = new SKPaint { Color = SKColor.Parse("#616e7c"), IsAntialias = true };
        canvas.DrawText($"{report.Period.Kind} report {report.Period.Label}", 24, 46, SKTextAlign.Left, title, ink);
        var bots = report.Bots.Count > shown
            ? $"the {shown} bots with the largest PnL of {report.Bots.Count}"
            : $"{report.Bots.Count} bots";
        var missing = report.Missing.Count > 0 ? $", {report.Missing.Count} without state" : "";
        canvas.DrawText($"{report.Period} (UTC), {bots}{missing}", 24, 76, SKTextAlign.Left, sub, muted);
    }

    /// <summary>The bar colours in use, top right of the title (one legend for every panel).</summary>
    private static void DrawLegend(SKCanvas canvas, List<BotKpi> shown)
    {
        var items = new List<(string Label, Color Color)>();
        if (shown.Any(b => b.RealizedPnl >= 0))
        {
            items.Add(("realized gain", Gain));
        }

        if (shown.Any(b => b.RealizedPnl < 0))
        {
            items.Add(("realized loss", Loss));
        }

        if (shown.Any(b => b.UnrealizedPnl is not null))
        {
            items.Add(("unrealized", Unrealized));
        }

        using var typeface = Typeface();
        using var font = new SKFont(typeface, 17) { Subpixel = false };
        using var ink = new SKPaint { Color = SKColor.Parse("#1f2933"), IsAntialias = true };
        var x = Width - 24f;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            x -= font.MeasureText(items[i].Label);
            canvas.DrawText(items[i].Label, x, 76, SKTextAlign.Left, font, ink);
            x -= 26;
            using var swatch = new SKPaint { Color = new SKColor(items[i].Color.R, items[i].Color.G, items[i].Color.B), IsAntialias = false };
            canvas.DrawRect(x, 62, 18, 16, swatch);
            x -= 22;
        }
    }

    private static void DrawCentered(SKCanvas canvas, string text, int height)
    {
        using var typeface = Typeface();
        using var font = new SKFont(typeface, 30) { Subpixel = false };
        using var paint = new SKPaint { Color = SKColor.Parse("#616e7c"), IsAntialias = true };
        canvas.DrawText(text, Width / 2f, TitleHeight + ((height - TitleHeight) / 2f), SKTextAlign.Center, font, paint);
    }

    private static string Amount(decimal value) => KpiCsv.D(decimal.Round(value, value is > -1m and < 1m ? 6 : value is > -100m and < 100m ? 4 : 2));

    private static SKTypeface Typeface() =>
        SKTypeface.FromFile(FontPath ?? throw new InvalidOperationException("no chart font"))
            ?? throw new InvalidOperationException($"the chart font {FontPath} does not load");

    private static string? FindFont()
    {
        if (Environment.GetEnvironmentVariable(FontVariable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        return FontCandidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Registers the chart font under <see cref="FontName"/> with ScottPlot once (its font list is process-wide).</summary>
    private static void EnsureFont()
    {
        lock (FontGate)
        {
            if (!_fontAdded)
            {
                Fonts.FontResolvers.Add(new ChartFont());
                _fontAdded = true;
            }
        }
    }

    /// <summary>ScottPlot's resolver for <see cref="FontName"/>: the chart font in every weight and slant.</summary>
    private sealed class ChartFont : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == FontName ? Typeface() : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => fontName == FontName ? Typeface() : null;
    }
}
