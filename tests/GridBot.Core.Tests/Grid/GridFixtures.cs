using GridBot.Core.Grid;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Grid;

internal static class GridFixtures
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    public static SymbolRules Rules(decimal minNotional = 0m) => new(Btc, 0.01m, 0.00001m, minNotional: minNotional);

    public static GridLayout Layout(GridSpec spec, SymbolRules? rules = null)
    {
        var result = GridLayout.Create(spec, rules ?? Rules());
        result.IsSuccess.Should().BeTrue(result.Error?.ToString());
        return result.Value;
    }

    /// <summary>Levels 100, 110, …, 140 with 1 base unit each.</summary>
    public static GridLayout Ladder(bool trailingUp = false, bool trailingDown = false) =>
        Layout(new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), trailingUp, trailingDown));

    public static GridUpdate Fill(GridState state, int level, OrderSide side)
    {
        var order = state.OrderAt(level)!;
        var result = GridEngine.OnFill(state, level, side, order.Remaining);
        result.IsSuccess.Should().BeTrue(result.Error?.ToString());
        return result.Value;
    }
}
