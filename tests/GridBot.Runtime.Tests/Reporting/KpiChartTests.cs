using System.Buffers.Binary;
using GridBot.Runtime.Reporting;
using SkiaSharp;

namespace GridBot.Runtime.Tests.Reporting;

/// <summary>The report's chart image: a real PNG of the intended size whose bars, colours and text follow the figures.</summary>
public sealed class KpiChartTests
{
    private static readonly SKColor Gain = SKColor.Parse("#2f855a");
    private static readonly SKColor Loss = SKColor.Parse("#c53030");
    private static readonly SKColor Unrealized = SKColor.Parse("#3182ce");
    private static readonly ReportPeriod Week = new(ReportKind.Weekly, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6));

    [SkippableFact]
    public void Png_ThreeBots_PngOfTheIntendedSizeWithManyColoursAndText()
    {
        ChartFont.Require();
        var report = Report(Bot("a", 12.5m, 3m), Bot("b", -4m, null), Bot("c", 0.75m, -1.25m));

        var png = KpiChart.Png(report);

        png.AsSpan(0, 8).ToArray().Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        System.Text.Encoding.ASCII.GetString(png, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(KpiChart.Width).And.Be(1200);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(KpiChart.Height([3])).And.Be(200 + (3 * KpiChart.RowHeight));
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Pixels.Distinct().Count().Should().BeGreaterThan(20, "bars, text anti-aliasing and axes");
        Count(bitmap, Gain).Should().BeGreaterThan(500);
        Count(bitmap, Loss).Should().BeGreaterThan(500);
        Count(bitmap, Unrealized).Should().BeGreaterThan(500);
        Dark(bitmap, new SKRectI(20, 10, 600, 55)).Should().BeGreaterThan(300, "the title is drawn with the embedded font");
        Dark(bitmap, new SKRectI(0, 100, 200, bitmap.Height - 60)).Should().BeGreaterThan(300, "the bots' labels");
    }

    [SkippableFact]
    public void Png_SameReport_SameBytes()
    {
        ChartFont.Require();
        var report = Report(Bot("a", 12.5m, 3m), Bot("b", -4m, null));

        KpiChart.Png(report).Should().Equal(KpiChart.Png(report with { }));
    }

    [SkippableFact]
    public void Png_SignFlip_TheBarTurnsRed()
    {
        ChartFont.Require();
        var gains = KpiChart.Png(Report(Bot("a", 12.5m, null), Bot("b", 4m, null)));
        var loss = KpiChart.Png(Report(Bot("a", 12.5m, null), Bot("b", -4m, null)));

        loss.Should().NotEqual(gains);
        using var g = SKBitmap.Decode(gains);
        using var l = SKBitmap.Decode(loss);
        Count(g, Loss).Should().Be(0, "no bot lost");
        Count(l, Loss).Should().BeGreaterThan(500);
    }

    [SkippableFact]
    public void Png_BotsInIdOrderFromTheTop()
    {
        ChartFont.Require();
        using var lossFirst = SKBitmap.Decode(KpiChart.Png(Report(Bot("a", -5m, null), Bot("b", 5m, null))));
        using var gainFirst = SKBitmap.Decode(KpiChart.Png(Report(Bot("b", -5m, null), Bot("a", 5m, null))));

        MeanRow(lossFirst, Loss).Should().BeLessThan(MeanRow(lossFirst, Gain), "bot a, the loss, is the top bar");
        MeanRow(gainFirst, Loss).Should().BeGreaterThan(MeanRow(gainFirst, Gain), "bot a, now the gain, is the top bar");
    }

    [SkippableFact]
    public void Png_TwoQuoteAssets_APanelEach()
    {
        ChartFont.Require();
        var report = Report(Bot("a", 12.5m, null), Bot("b", -0.001m, null, quote: "BTC"), Bot("c", 3m, null));

        var png = KpiChart.Png(report);

        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(KpiChart.Height([1, 2]));
        using var bitmap = SKBitmap.Decode(png);
        MeanRow(bitmap, Loss).Should().BeLessThan(MeanRow(bitmap, Gain), "BTC sorts before USDT, so its panel is on top");
    }

    [SkippableFact]
    public void Png_NoBots_ATitledImage()
    {
        ChartFont.Require();
        var png = KpiChart.Png(new KpiReport(Week, 0, [], [], ["ghost"]));

        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(KpiChart.Width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(KpiChart.EmptyHeight);
        using var bitmap = SKBitmap.Decode(png);
        Dark(bitmap, new SKRectI(20, 10, 600, 55)).Should().BeGreaterThan(300, "the title");
        Dark(bitmap, new SKRectI(0, 200, KpiChart.Width, 280)).Should().BeGreaterThan(300, "the no-bots line");
    }

    [SkippableFact]
    public void Png_TwoHundredBots_WithinTheHeightCap()
    {
        ChartFont.Require();
        var bots = Enumerable.Range(0, 200).Select(i => Bot($"bot{i:000}", (i - 100) * 1.5m, i % 3 == 0 ? null : i * 0.1m)).ToArray();

        var png = KpiChart.Png(Report(bots));

        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        height.Should().BeLessThanOrEqualTo(KpiChart.MaxHeight).And.Be(KpiChart.Height([KpiChart.MaxBots]));
        using var bitmap = SKBitmap.Decode(png);
        Count(bitmap, Loss).Should().BeGreaterThan(500);
        Count(bitmap, Gain).Should().BeGreaterThan(500);
    }

    private static KpiReport Report(params BotKpi[] bots) => new(Week, 1_765_000_000_000, bots, PortfolioKpi.Of(bots), []);

    private static BotKpi Bot(string id, decimal realized, decimal? unrealized, string quote = "USDT") => new(
        id, "Paper", "Spot", "BTC" + quote, quote, true, "Running", 1_000m, 0.01m, 90_000m, unrealized is null ? null : 91_000m,
        realized, unrealized, realized + 1m, 1m, 3, unrealized is null ? null : 1_000m + realized + unrealized.Value, 6, 3, 3, 540m);

    private static int Count(SKBitmap bitmap, SKColor color) => bitmap.Pixels.Count(p => p == color);

    private static double MeanRow(SKBitmap bitmap, SKColor color)
    {
        var rows = new List<int>();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y) == color)
                {
                    rows.Add(y);
                }
            }
        }

        rows.Should().NotBeEmpty();
        return rows.Average();
    }

    private static int Dark(SKBitmap bitmap, SKRectI area)
    {
        var dark = 0;
        for (var y = area.Top; y < Math.Min(area.Bottom, bitmap.Height); y++)
        {
            for (var x = area.Left; x < Math.Min(area.Right, bitmap.Width); x++)
            {
                var p = bitmap.GetPixel(x, y);
                dark += p.Red + p.Green + p.Blue < 450 ? 1 : 0;
            }
        }

        return dark;
    }
}
