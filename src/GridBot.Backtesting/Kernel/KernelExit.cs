using System.Runtime.CompilerServices;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// The stop-loss / take-profit exit: the trigger at a close, then the bot's TWAP flatten of the base inventory, driven
/// by <see cref="FlattenPlanner"/> at every close from the trigger on with the book bid = ask = that close (see
/// <see cref="GridKernel"/> for the contract). Limit IOCs fill completely at their price and market orders at the
/// close less the slippage, both as taker, as on the paper exchange.
/// </summary>
internal sealed class KernelExit(BacktestConfig config)
{
    public const string StopLoss = "StopLoss";
    public const string TakeProfit = "TakeProfit";

    private readonly long _stopLossCeil = config.Spec.StopLossPrice is { } sl ? TickOf(sl, config.Rules.TickSize, ceiling: true) : long.MinValue;
    private readonly long _takeProfitFloor = config.Spec.TakeProfitPrice is { } tp ? TickOf(tp, config.Rules.TickSize, ceiling: false) : long.MaxValue;
    private FlattenState? _flatten;

    /// <summary>"StopLoss" or "TakeProfit" once triggered; the grid is then cancelled for good.</summary>
    public string? Reason { get; private set; }

    /// <summary>The close time of the bar whose close triggered the exit.</summary>
    public long? TimeMs { get; private set; }

    /// <summary>True from the trigger until the flatten is done (never when there was nothing to sell).</summary>
    public bool Flattening => _flatten is not null;

    /// <summary>The flatten's sells so far.</summary>
    public int Sells { get; private set; }

    /// <summary>
    /// Checks bar <paramref name="b"/>'s close against the triggers, the stop-loss first; on a trigger records which one.
    /// Most closes are told apart on their ticks: a close whose floor is above the stop-loss's ceiling is above the
    /// stop-loss, one whose ceiling is below the take-profit's floor is below it; only a close within a tick of a trigger
    /// is compared in decimal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Hit(in KernelBar k, IReadOnlyList<Bar> bars, int b) =>
        (k.CloseFloor <= _stopLossCeil || k.CloseCeil >= _takeProfitFloor) && Hit(bars[b].Close);

    private bool Hit(decimal close)
    {
        var spec = config.Spec;
        Reason = spec.StopLossPrice is { } sl && close <= sl ? StopLoss
            : spec.TakeProfitPrice is { } tp && close >= tp ? TakeProfit
            : null;
        return Reason is not null;
    }

    /// <summary>
    /// At the triggering close: records its time and starts the flatten of <paramref name="baseQty"/>, unless what whole
    /// steps of it can be sold is below the venue's minimum quantity or notional (then nothing is sold).
    /// </summary>
    public void Start(decimal close, long closeTimeMs, decimal baseQty)
    {
        TimeMs = closeTimeMs;
        var rules = config.Rules;
        var quantity = Increments.FloorToStep(baseQty, rules.StepSize);
        if (quantity == 0m || quantity < rules.MinQuantity || quantity * close < rules.MinNotional)
        {
            return;
        }

        var flatten = FlattenConfig.For(rules, config.Fees, baseQty, close);
        _flatten = FlattenPlanner.Start(rules.Symbol, baseQty, rules.StepSize, flatten, DateTimeOffset.FromUnixTimeMilliseconds(closeTimeMs), Reason!).Value;
    }

    /// <summary>Runs the flatten's instructions at one close until it waits for a later slice or is done.</summary>
    public void Drive<TSink>(decimal close, long closeTimeMs, int bar, ref KernelLedger st, ref TSink sink)
        where TSink : struct, IFillSink
    {
        if (_flatten is null)
        {
            return;
        }

        var book = new TopOfBook(close, close);
        var now = DateTimeOffset.FromUnixTimeMilliseconds(closeTimeMs);
        while (true)
        {
            var step = FlattenPlanner.NextSlice(_flatten, book, now);
            _flatten = step.State;
            var instruction = step.Instruction;
            switch (instruction.Kind)
            {
                case FlattenInstructionKind.CancelAll:
                    break;
                case FlattenInstructionKind.LimitIoc:
                    Sell(instruction.Quantity, instruction.LimitPrice!.Value, closeTimeMs, bar, ref st, ref sink);
                    break;
                case FlattenInstructionKind.Market:
                    Sell(instruction.Quantity, close * (1m - (config.SlippageBps / 10_000m)), closeTimeMs, bar, ref st, ref sink);
                    break;
                case FlattenInstructionKind.Done:
                    _flatten = null;
                    return;
                default:
                    return;
            }
        }
    }

    private void Sell<TSink>(decimal quantity, decimal price, long timeMs, int bar, ref KernelLedger st, ref TSink sink)
        where TSink : struct, IFillSink
    {
        var notional = price * quantity;
        var fee = config.Fees.QuoteFee(notional, Liquidity.Taker);
        _flatten = FlattenPlanner.ApplyFill(_flatten!, quantity, price, fee).Value;
        st.Cash += notional - fee;
        st.Base -= quantity;
        st.Fees += fee;
        Sells++;
        st.Sync();
        sink.Add(new SimFill(timeMs, bar, -1, OrderSide.Sell, price, quantity, fee, IsTaker: true));
    }

    /// <summary>A price's tick index rounded up or down, clamped to what a long holds (a trigger far beyond any close).</summary>
    private static long TickOf(decimal price, decimal tick, bool ceiling)
    {
        var limit = long.MaxValue * tick;
        var units = Math.Clamp(price, -limit, limit) / tick;
        return (long)(ceiling ? decimal.Ceiling(units) : decimal.Floor(units));
    }
}
