using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// A grid laid out for one start price, with every fill's cash effect precomputed in exact decimal so the kernel
/// only adds. A slot holds one level of the ladder: the spec's levels, plus (when the grid trails) the
/// <see cref="GridSpec.MaxTrailShifts"/> levels below and/or above that the window can reach, plus one sentinel slot at
/// each end. <see cref="Ticks"/> holds a level's tick index while the level is in the window, and the sentinels
/// (long.MinValue below the window, long.MaxValue above it) elsewhere, so the inner loop needs no bounds tests.
/// The fill values are per pair: slot s's buy and slot s+1's sell trade the same quantity (a filled order's counter order
/// keeps its quantity), set by <see cref="SetPair"/> when the pair enters the window.
/// </summary>
internal sealed class CompiledGrid
{
    private CompiledGrid(int slots)
    {
        Ticks = new long[slots];
        Prices = new decimal[slots];
        BuyCashOut = new decimal[slots];
        BuyFee = new decimal[slots];
        BuyQty = new decimal[slots];
        SellCashIn = new decimal[slots];
        SellFee = new decimal[slots];
        SellQty = new decimal[slots];
        SellProfit = new decimal[slots];
    }

    public GridLayout Layout { get; private set; } = null!;

    public BacktestConfig Config { get; private set; } = null!;

    /// <summary>The slot of level index 0 (the ladder's levels below it exist only when the grid trails down).</summary>
    public int Offset { get; private set; }

    /// <summary>Slots of the spec's bottom and top level: the window before any shift.</summary>
    public int Bottom => Offset;

    public int Top => Offset + Layout.Levels.Count - 1;

    /// <summary>True when the spec trails or has a stop-loss or take-profit: the kernel then checks every close.</summary>
    public bool HasCloseRules { get; private set; }

    public long[] Ticks { get; }

    public decimal[] Prices { get; }

    public decimal[] BuyCashOut { get; }

    public decimal[] BuyFee { get; }

    public decimal[] BuyQty { get; }

    public decimal[] SellCashIn { get; }

    public decimal[] SellFee { get; }

    public decimal[] SellQty { get; }

    public decimal[] SellProfit { get; }

    /// <summary>Slot of the empty level at the start.</summary>
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
        var spec = config.Spec;
        var n = layout.Levels.Count;
        var below = spec.TrailingDown ? spec.MaxTrailShifts : 0;
        var above = spec.TrailingUp ? spec.MaxTrailShifts : 0;
        var grid = new CompiledGrid(n + below + above + 2)
        {
            Layout = layout,
            Config = config,
            Offset = below + 1,
            HasCloseRules = spec.Trailing || spec.StopLossPrice is not null || spec.TakeProfitPrice is not null,
        };
        grid.FillLevels(layout);
        var empty = GridEngine.NearestLevel(layout.Levels, startPrice);
        var startQty = 0m;
        var restingBuys = 0m;
        for (var i = 0; i < n; i++)
        {
            if (i < empty)
            {
                restingBuys += grid.BuyCashOut[grid.Offset + i];
            }
            else if (i > empty)
            {
                startQty += grid.SellQty[grid.Offset + i];
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

        grid.StartEmpty = grid.Offset + empty;
        grid.StartPrice = startPrice;
        grid.StartBuyPrice = buyPrice;
        grid.StartBuyQty = startQty;
        grid.StartBuyFee = buyFee;
        grid.StartCash = config.Capital - (buyPrice * startQty) - buyFee;
        grid.RequiredCapital = required;
        return grid;
    }

    /// <summary>
    /// Sets the pair of slot <paramref name="s"/> (its buy) and slot s+1 (the sell above it) to trade
    /// <paramref name="quantity"/>, with the paper exchange's expressions: notional = price × quantity, the maker fee on
    /// it, a buy pays notional + fee, a sell receives notional − fee; the sell's round trip earns the spacing × quantity.
    /// Both prices must be set.
    /// </summary>
    public void SetPair(int s, decimal quantity)
    {
        var fees = Config.Fees;
        var buyNotional = Prices[s] * quantity;
        BuyQty[s] = quantity;
        BuyFee[s] = fees.QuoteFee(buyNotional, Liquidity.Maker);
        BuyCashOut[s] = buyNotional + BuyFee[s];
        var sellNotional = Prices[s + 1] * quantity;
        SellQty[s + 1] = quantity;
        SellFee[s + 1] = fees.QuoteFee(sellNotional, Liquidity.Maker);
        SellCashIn[s + 1] = sellNotional - SellFee[s + 1];
        SellProfit[s + 1] = (Prices[s + 1] - Prices[s]) * quantity;
    }

    private void FillLevels(GridLayout layout)
    {
        var levels = layout.Levels;
        var tick = layout.Rules.TickSize;
        Array.Fill(Ticks, long.MinValue, 0, Offset);
        Array.Fill(Ticks, long.MaxValue, Offset + levels.Count, Ticks.Length - Offset - levels.Count);
        for (var i = 0; i < levels.Count; i++)
        {
            Prices[Offset + i] = levels[i].Price;
            Ticks[Offset + i] = (long)(levels[i].Price / tick);
        }

        // A sell is sized by the buy one level below: the same quantity travels with the order.
        for (var i = 0; i < levels.Count - 1; i++)
        {
            SetPair(Offset + i, levels[i].BuyQuantity);
        }
    }
}
