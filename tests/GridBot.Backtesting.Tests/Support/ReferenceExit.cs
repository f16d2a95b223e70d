using GridBot.Backtesting.Kernel;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>
/// The flatten after a stop-loss or take-profit, as the bot runs it on the paper exchange: <see cref="FlattenPlanner"/>
/// driven at every close with bid = ask = the close; a limit IOC at the bid fills at the bid as taker, a market sell at
/// the bid less the slippage.
/// </summary>
public sealed class ReferenceExit
{
    private FlattenState? _flatten;

    private ReferenceExit(string reason, long timeMs, FlattenState? flatten)
    {
        Reason = reason;
        TimeMs = timeMs;
        _flatten = flatten;
    }

    public string Reason { get; }

    public long TimeMs { get; }

    public static ReferenceExit Start(BacktestConfig config, string reason, decimal baseQty, decimal close, long closeTimeMs)
    {
        var rules = config.Rules;
        var quantity = Increments.FloorToStep(baseQty, rules.StepSize);
        if (quantity == 0m || quantity < rules.MinQuantity || quantity * close < rules.MinNotional)
        {
            return new ReferenceExit(reason, closeTimeMs, null);
        }

        var started = FlattenPlanner.Start(rules.Symbol, baseQty, rules.StepSize, FlattenConfig.For(rules, config.Fees, baseQty, close),
            DateTimeOffset.FromUnixTimeMilliseconds(closeTimeMs), reason);
        return new ReferenceExit(reason, closeTimeMs, started.Value);
    }

    public void AtClose(BacktestConfig config, ReferenceBook book, decimal close, long closeTimeMs, int bar)
    {
        for (var done = _flatten is null; !done;)
        {
            var step = FlattenPlanner.NextSlice(_flatten!, new TopOfBook(close, close), DateTimeOffset.FromUnixTimeMilliseconds(closeTimeMs));
            _flatten = step.State;
            var order = step.Instruction;
            if (order.Kind is FlattenInstructionKind.LimitIoc or FlattenInstructionKind.Market)
            {
                var price = order.Kind == FlattenInstructionKind.LimitIoc ? order.LimitPrice!.Value : close * (1m - (config.SlippageBps / 10_000m));
                var notional = price * order.Quantity;
                var fee = config.Fees.QuoteFee(notional, Liquidity.Taker);
                _flatten = FlattenPlanner.ApplyFill(_flatten, order.Quantity, price, fee).Value;
                book.Cash += notional - fee;
                book.Base -= order.Quantity;
                book.Fees += fee;
                book.Fills.Add(new SimFill(closeTimeMs, bar, -1, OrderSide.Sell, price, order.Quantity, fee, true));
            }

            done = order.Kind is FlattenInstructionKind.Wait or FlattenInstructionKind.Done;
        }
    }
}
