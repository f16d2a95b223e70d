using System.Globalization;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    /// <summary>
    /// Closes the position once every grid and start-up order is confirmed gone, with <see cref="FlattenPlanner"/>:
    /// limit IOC slices at the touch on a TWAP schedule within the spread guard, market for a slice that misses its
    /// deadline and for the last few percent; then RequiresManualResume. One closing order works at a time. The planner
    /// is advanced on any operation that brings the book (the runtime reads it while the bot flattens), except that a
    /// slice left short by an IOC is retried only on a Tick, so a thin book is retried as time passes, not in a loop.
    /// </summary>
    private static void ConvergeFlatten(Step step)
    {
        var s = step.State;
        if (s.Intents.Count > 0)
        {
            return; // grid or start-up orders still being cancelled, or a closing order working
        }

        if (s.Flatten is null)
        {
            StartFlatten(step);
        }

        if (step.State is { Status: BotStatus.Flattening, Flatten: { } flatten } && step.View.Quote is { } book)
        {
            AdvanceFlatten(step, flatten, book);
        }
    }

    private static void StartFlatten(Step step)
    {
        var s = step.State;
        var rules = s.Config.Rules;
        var price = step.View.Quote?.Bid ?? step.View.Price ?? s.Risk.LastPrice ?? s.Position.AverageEntryPrice;
        var quantity = Increments.FloorToStep(Math.Abs(s.Position.Quantity), rules.StepSize);
        if (quantity <= 0m || quantity < rules.MinQuantity || quantity * price < rules.MinNotional)
        {
            FinishFlatten(step, quantity > 0m ? F($"flattened; {quantity} {rules.Symbol.BaseAsset} left is below the venue's minimum") : "flattened");
            return;
        }

        var config = FlattenConfig.For(rules, s.Config.Fees, s.Position.Quantity, price, s.Config.FlattenDuration);
        var started = FlattenPlanner.Start(rules.Symbol, s.Position.Quantity, rules.StepSize, config, At(step), s.StatusReason ?? "flatten");
        if (started.IsSuccess)
        {
            step.State = s with { Flatten = started.Value };
            step.Notify(F($"flattening {started.Value.TotalQuantity} {rules.Symbol.BaseAsset} in {config.TwapSlices} slice(s) over {config.TwapDuration.TotalMinutes} min"));
        }
        else
        {
            FinishFlatten(step, $"flattened; {started.Error.Message}");
        }
    }

    private static void AdvanceFlatten(Step step, FlattenState flatten, TopOfBook book)
    {
        var sliceShort = flatten.SlicesStarted > 0 && flatten.FilledQuantity < flatten.CumulativeTarget(flatten.SlicesStarted);
        if (sliceShort && step.Operation is not Operations.Tick)
        {
            return;
        }

        for (var guard = 0; guard < 4; guard++)
        {
            var next = FlattenPlanner.NextSlice(flatten, book, At(step));
            flatten = next.State;
            step.State = step.State with { Flatten = flatten };
            var instruction = next.Instruction;
            switch (instruction.Kind)
            {
                case FlattenInstructionKind.CancelAll:
                    continue; // the grid's orders are already gone
                case FlattenInstructionKind.LimitIoc:
                    AddIntent(step, IntentKind.Flatten, -1, instruction.Side, OrderType.LimitIoc, instruction.LimitPrice, instruction.Quantity);
                    return;
                case FlattenInstructionKind.Market:
                    AddIntent(step, IntentKind.Flatten, -1, instruction.Side, OrderType.Market, null, instruction.Quantity);
                    return;
                case FlattenInstructionKind.Done:
                    var rules = step.State.Config.Rules;
                    FinishFlatten(step, F($"flattened {flatten.FilledQuantity} {rules.Symbol.BaseAsset} at {decimal.Round(flatten.AveragePrice, 8)} ({flatten.OrdersSent} order(s){(flatten.UsedMarketFallback ? ", market fallback" : string.Empty)})"));
                    return;
                default:
                    return; // wait for the next slice's time
            }
        }
    }

    /// <summary>A flatten exit counts as one loss in the streak, whatever it realized; the bot waits for a person.</summary>
    private static void FinishFlatten(Step step, string reason)
    {
        var risk = step.State.Risk;
        step.State = step.State with { NeedsRestart = true, Risk = risk with { ConsecutiveLosses = risk.ConsecutiveLosses + 1 } };
        step.SetStatus(BotStatus.RequiresManualResume, reason);
    }

    private static DateTimeOffset At(Step step) => DateTimeOffset.FromUnixTimeMilliseconds(step.View.NowMs);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
