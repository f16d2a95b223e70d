using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Simulation;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>
/// A random grid with trailing (up, down, both or none), a random shift limit, and a stop-loss and take-profit that the
/// simulated market sometimes reaches, over a few hundred to 1,500 simulated minutes at 1.5–4.5× BTC's volatility, so
/// windows trail, shifts are refused at their limit and for the symbol rules, and flattens run over several closes.
/// </summary>
public sealed record CloseRuleScenario(Bar[] Bars, BacktestConfig Config)
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    /// <summary>The scenario for <paramref name="seed"/>, or null when its random grid is not a valid layout.</summary>
    public static CloseRuleScenario? Of(int seed)
    {
        var random = new Random(seed);
        var options = new SimulatorOptions(seed, SimulatorOptions.DefaultStart, 300 + random.Next(1_200), VolatilityScale: 1.5 + (3 * random.NextDouble()));
        var bars = new MarketSimulator(options).GenerateArray();
        var start = bars[0].Open;
        decimal Fraction(double max) => (decimal)(0.002 + (max * random.NextDouble()));
        var lower = decimal.Round(start * (1m - Fraction(0.015)), 2);
        var upper = decimal.Round(start * (1m + Fraction(0.015)), 2);
        var sizing = random.Next(3) switch
        {
            0 => LevelSizing.Base(0.0003m + (random.Next(100) * 0.00001m)),
            1 => LevelSizing.Quote(5.2m + (random.Next(300) * 0.01m)),
            _ => LevelSizing.Quote(20m + random.Next(500)),
        };
        var trailing = random.Next(4);
        var spec = new GridSpec(
            lower,
            upper,
            2 + random.Next(11),
            random.Next(2) == 0 ? GridSpacing.Arithmetic : GridSpacing.Geometric,
            sizing,
            TrailingUp: trailing is 1 or 3,
            TrailingDown: trailing is 2 or 3,
            StopLossPrice: random.Next(2) == 0 ? decimal.Round(lower * (1m - Fraction(0.02)), 2) : null,
            TakeProfitPrice: random.Next(2) == 0 ? decimal.Round(upper * (1m + Fraction(0.02)), 2) : null,
            MaxTrailShifts: 1 + random.Next(40));
        var rules = new SymbolRules(Btc, 0.01m, 0.00001m, minNotional: 5m);
        var config = new BacktestConfig(spec, rules, 1_000_000m, FeeSchedule.FromBps(random.Next(11), random.Next(11)), random.Next(11));
        return GridLayout.Create(spec, rules).IsSuccess ? new CloseRuleScenario(bars, config) : null;
    }
}
