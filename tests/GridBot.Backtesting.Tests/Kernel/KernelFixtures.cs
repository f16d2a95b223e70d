using GridBot.Backtesting.Kernel;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Tests.Kernel;

internal static class KernelFixtures
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    public static SymbolRules Rules(decimal minNotional = 0m) => new(Btc, 0.01m, 0.00001m, minNotional: minNotional);

    /// <summary>Levels 100, 110, 120, 130, 140 with one base unit each, no fees, plenty of capital.</summary>
    public static BacktestConfig Ladder(decimal capital = 10_000m, FeeSchedule? fees = null, decimal slippageBps = 0m) =>
        new(new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m)), Rules(), capital, fees ?? new FeeSchedule(0m, 0m), slippageBps);

    public static BacktestResult Run(Bar[] bars, BacktestConfig config)
    {
        var result = Backtester.Run(PreparedBars.Prepare(bars, config.Rules.TickSize), config, Recording.All);
        result.IsSuccess.Should().BeTrue(result.Error?.ToString());
        return result.Value;
    }

    public static IEnumerable<(OrderSide Side, decimal Price)> GridFills(this BacktestResult result) =>
        result.Fills.Where(f => f.Level >= 0).Select(f => (f.Side, f.Price));
}
