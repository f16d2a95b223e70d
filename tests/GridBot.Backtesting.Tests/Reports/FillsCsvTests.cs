using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Reports;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Reports;

public sealed class FillsCsvTests
{
    [Fact]
    public void Write_TwoFills_WritesExactInvariantRows()
    {
        SimFill[] fills =
        [
            new(1_677_628_800_000, 0, -1, OrderSide.Buy, 23_456.78m, 0.00150m, 0.03518517m, true),
            new(1_677_629_100_123, 5, 3, OrderSide.Sell, 23_500.1m, 0.001m, 0m, false),
        ];
        using var writer = new StringWriter();

        FillsCsv.Write(writer, fills);

        writer.ToString().Should().Be(
            "time,bar_index,level,side,price,quantity,notional,fee,liquidity\n"
            + "2023-03-01T00:00:00.000Z,0,-1,buy,23456.78,0.00150,35.1851700,0.03518517,taker\n"
            + "2023-03-01T00:05:00.123Z,5,3,sell,23500.1,0.001,23.5001,0,maker\n");
    }

    [Fact]
    public void Write_NoFills_WritesHeaderOnly()
    {
        using var writer = new StringWriter();

        FillsCsv.Write(writer, []);

        writer.ToString().Should().Be(FillsCsv.Header + "\n");
    }

    [Theory]
    [InlineData("run.html", "run.fills.csv")]
    [InlineData("out/btc.report.html", "out/btc.report.fills.csv")]
    [InlineData("run", "run.fills.csv")]
    public void PathFor_HtmlPath_IsBesideWithFillsCsvExtension(string html, string expected) =>
        FillsCsv.PathFor(html).Should().Be(expected);
}
