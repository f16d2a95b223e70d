using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// A grid laid out for one start price, with every fill's cash effect precomputed in exact decimal so the kernel
/// only adds. Arrays are shifted by one and padded with sentinels (tick index long.MinValue below the bottom,
/// long.MaxValue above the top) so the inner loop needs no bounds tests.
/// </summary>
internal sealed class CompiledGrid
{
    private CompiledGrid(int levels)
    {
        Ticks = new long[levels + 2];
        Prices = new decimal[levels + 2];
        BuyCashOut = new decimal[levels + 2];
        BuyFee = new decimal[levels + 2];
        BuyQty = new decimal[levels + 2];
        SellCashIn = new decimal[levels + 2];
        SellFee = new decimal[levels + 2];
        SellQty = new decimal[levels + 2];
        SellProfit = new decimal[levels + 2];
    }

    public GridLayout Layout { get; private set; } = null!;

    public int Levels => Ticks.Length - 2;

    public long[] Ticks { get; }

    public decimal[] Prices { get; }

    public decimal[] BuyCashOut { get; }

    public decimal[] BuyFee { get; }

    public decimal[] BuyQty { get; }

    public decimal[] SellCashIn { get; }

    public decimal[] SellFee { get; }

    public decimal[] SellQty { get; }

    public decimal[] SellProfit { get; }

    /// <summary>Shifted index of the empty level at the start.</summary>
    public int StartEmpty { get; private set; }

    public decimal StartPrice { get; private set; }

    public decimal StartBuyPrice { get; private set; }

    public decimal StartBuyQty { get; private set; }

    public decimal StartBuyFee { get; private set; }

    public decimal StartCash { get; private set; }

    /// <summary>Quote the grid needs at the start: the start-up buy with its fee, plus every resting buy and its maker fee.</summary>
    public decimal RequiredCapital { get; private set; }

    public static Result<CompiledGrid> Compile(BacktestConfig config, decimal startPrice)
    {
        var layoutResult = GridLayout.Create(config.Spec, config.Rules);
        if (!layoutResult.IsSuccess)
        {
            return layoutResult.Error;
        }

        var layout = layoutResult.Value;
        var n = layout.Levels.Count;
        var grid = new CompiledGrid(n) { Layout = layout };
        grid.FillLevels(layout, config.Fees);
        var empty = GridEngine.NearestLevel(layout.Levels, startPrice);
        var startQty = 0m;
        var restingBuys = 0m;
        for (var i = 0; i < n; i++)
        {
            if (i < empty)
            {
                restingBuys += grid.BuyCashOut[i + 1];
            }
            else if (i > empty)
            {
                startQty += grid.SellQty[i + 1];
            }
        }

        var buyPrice = startPrice * (1m + (config.SlippageBps / 10_000m));
        var buyFee = config.Fees.QuoteFee(buyPrice * startQty, Liquidity.Taker);
        var required = (buyPrice * startQty) + buyFee + restingBuys;
        if (required > config.Capital)
        {
            return new Error(ErrorKind.InsufficientBalance, "InsufficientCapital", string.Create(CultureInfo.InvariantCulture,
                $"starting capital {config.Capital} is too small for this grid: it needs {decimal.Round(required, 2, MidpointRounding.ToPositiveInfinity)} ({startQty} base bought at {decimal.Round(buyPrice, 8)} for the sells, plus {decimal.Round(restingBuys, 2)} for the buys below {startPrice})"));
        }

        grid.StartEmpty = empty + 1;
        grid.StartPrice = startPrice;
        grid.StartBuyPrice = buyPrice;
        grid.StartBuyQty = startQty;
        grid.StartBuyFee = buyFee;
        grid.StartCash = config.Capital - (buyPrice * startQty) - buyFee;
        grid.RequiredCapital = required;
        return grid;
    }

    private void FillLevels(GridLayout layout, FeeSchedule fees)
    {
        var levels = layout.Levels;
        var tick = layout.Rules.TickSize;
        Ticks[0] = long.MinValue;
        Ticks[^1] = long.MaxValue;
        for (var i = 0; i < levels.Count; i++)
        {
            var s = i + 1;
            var price = levels[i].Price;
            Prices[s] = price;
            Ticks[s] = (long)(price / tick);
            var buyNotional = price * levels[i].BuyQuantity;
            BuyQty[s] = levels[i].BuyQuantity;
            BuyFee[s] = fees.QuoteFee(buyNotional, Liquidity.Maker);
            BuyCashOut[s] = buyNotional + BuyFee[s];
            if (i > 0)
            {
                // A sell is sized by the buy one level below: the same quantity travels with the order.
                var qty = levels[i - 1].BuyQuantity;
                var sellNotional = price * qty;
                SellQty[s] = qty;
                SellFee[s] = fees.QuoteFee(sellNotional, Liquidity.Maker);
                SellCashIn[s] = sellNotional - SellFee[s];
                SellProfit[s] = (price - levels[i - 1].Price) * qty;
            }
        }
    }
}
