using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Flatten;

/// <summary>
/// Plans a flatten as a pure state machine: no I/O and no clock; the caller passes the time and the book.
/// Protocol: <see cref="Start"/>, then repeatedly <see cref="NextSlice"/> → persist the new state → act on
/// the instruction → report each fill with <see cref="ApplyFill"/> and, when an order ends short of its
/// quantity (an IOC expiring), <see cref="OrderClosed"/>. While an order is in flight NextSlice only waits,
/// so a duplicate call never sends a second order.
/// </summary>
public static class FlattenPlanner
{
    /// <summary>
    /// Starts flattening <paramref name="positionQuantity"/> (base units; positive long, negative short).
    /// The quantity is floored to <paramref name="stepSize"/>; what is below one step is kept as dust.
    /// </summary>
    public static Result<FlattenState> Start(
        Symbol symbol, decimal positionQuantity, decimal stepSize, FlattenConfig config, DateTimeOffset now, string reason)
    {
        Guard.NotNull(symbol);
        Guard.Positive(stepSize);
        Guard.NotNull(config);
        Guard.That(config.Validate().Count == 0, "flatten config must be valid");
        Guard.NotBlank(reason);

        var size = Math.Abs(positionQuantity);
        var total = Increments.FloorToStep(size, stepSize);
        if (total == 0m)
        {
            return Error.Of(ErrorKind.FilterFailure, string.Create(
                CultureInfo.InvariantCulture, $"{symbol} position {positionQuantity} is below one step {stepSize}: nothing to flatten"));
        }

        // Never more slices than steps, so no slice is empty.
        var sliceCount = (int)Math.Min(config.TwapSlices, total / stepSize);
        var state = new FlattenState
        {
            Symbol = symbol,
            Side = positionQuantity > 0m ? OrderSide.Sell : OrderSide.Buy,
            TotalQuantity = total,
            Dust = size - total,
            StepSize = stepSize,
            Config = config,
            SliceCount = sliceCount,
            SliceQuantity = Increments.FloorToStep(total / sliceCount, stepSize),
            StartedAt = now,
            NextSliceDeadline = now,
            CancelPending = config.CancelOrdersFirst,
            Reason = reason,
        };
        return state with { NextSliceDeadline = state.DeadlineOf(0) };
    }

    /// <summary>The next thing to do at <paramref name="now"/> given the best bid and ask.</summary>
    public static FlattenStep NextSlice(FlattenState state, TopOfBook book, DateTimeOffset now)
    {
        Guard.NotNull(state);
        Guard.NotNull(book);
        if (state.Status == FlattenStatus.Completed)
        {
            return new FlattenStep(state, FlattenInstruction.Done(state));
        }

        if (state.CancelPending)
        {
            return new FlattenStep(state with { CancelPending = false }, FlattenInstruction.CancelAll(state));
        }

        if (state.PendingQuantity > 0m)
        {
            return new FlattenStep(state, FlattenInstruction.Wait(state, FlattenInstructionReason.OrderInFlight, null));
        }

        if (state.FilledQuantity >= state.Config.MarketSwitchFraction * state.TotalQuantity)
        {
            return RemainderAtMarket(state);
        }

        return IsCurrentSliceShort(state) ? ContinueSlice(state, book, now) : BeginSlice(state, book, now);
    }

    /// <summary>
    /// Records a fill of <paramref name="quantity"/> (base) at <paramref name="price"/> (quote per base).
    /// <paramref name="fee"/> is in quote; when the venue does not report it, the config's fee rate is charged.
    /// A fill beyond the remaining quantity, or after completion, is refused: the caller must reconcile.
    /// </summary>
    public static Result<FlattenState> ApplyFill(FlattenState state, decimal quantity, decimal price, decimal? fee = null)
    {
        Guard.NotNull(state);
        Guard.Positive(quantity);
        Guard.Positive(price);
        if (fee is not null)
        {
            Guard.NonNegative(fee.Value);
        }

        if (state.Status == FlattenStatus.Completed || quantity > state.RemainingQuantity)
        {
            return Error.Of(ErrorKind.Other, string.Create(CultureInfo.InvariantCulture,
                $"fill of {quantity} {state.Symbol} exceeds the remaining {state.RemainingQuantity} of the flatten: reconcile with the venue"));
        }

        var notional = quantity * price;
        var filled = state.FilledQuantity + quantity;
        var completed = filled == state.TotalQuantity;
        return state with
        {
            FilledQuantity = filled,
            Proceeds = state.Proceeds + notional,
            Fees = state.Fees + (fee ?? state.Config.EstimateFee(notional)),
            PendingQuantity = completed ? 0m : Math.Max(0m, state.PendingQuantity - quantity),
            Status = completed ? FlattenStatus.Completed : FlattenStatus.Active,
        };
    }

    /// <summary>The order in flight has ended (filled, expired or cancelled); no more fills will come for it.</summary>
    public static FlattenState OrderClosed(FlattenState state) =>
        Guard.NotNull(state) with { PendingQuantity = 0m };

    private static bool IsCurrentSliceShort(FlattenState state) =>
        state.SlicesStarted > 0 && state.FilledQuantity < state.CumulativeTarget(state.SlicesStarted);

    private static FlattenStep RemainderAtMarket(FlattenState state)
    {
        var slices = IsCurrentSliceShort(state) ? state.SlicesStarted : Math.Min(state.SlicesStarted + 1, state.SliceCount);
        var next = state with { SlicesStarted = slices, NextSliceDeadline = state.DeadlineOf(slices - 1) };
        return Market(next, state.RemainingQuantity, FlattenInstructionReason.RemainderAtMarket);
    }

    private static FlattenStep ContinueSlice(FlattenState state, TopOfBook book, DateTimeOffset now)
    {
        var shortfall = state.CumulativeTarget(state.SlicesStarted) - state.FilledQuantity;
        return now >= state.NextSliceDeadline
            ? Market(state with { UsedMarketFallback = true }, shortfall, FlattenInstructionReason.DeadlineMissed)
            : Order(state, book, shortfall, FlattenInstructionReason.SliceRetry);
    }

    private static FlattenStep BeginSlice(FlattenState state, TopOfBook book, DateTimeOffset now)
    {
        var index = state.SlicesStarted;
        Guard.That(index < state.SliceCount, "an active flatten with every slice filled must be complete");
        var dueAt = state.ScheduledAt(index);
        if (now < dueAt)
        {
            return new FlattenStep(state, FlattenInstruction.Wait(state, FlattenInstructionReason.NotYetDue, dueAt));
        }

        var next = state with { SlicesStarted = index + 1, NextSliceDeadline = state.DeadlineOf(index) };
        return Order(next, book, next.CumulativeTarget(index + 1) - next.FilledQuantity, FlattenInstructionReason.Slice);
    }

    // Limit IOC at the touch while the spread is within the guard; otherwise market.
    private static FlattenStep Order(FlattenState state, TopOfBook book, decimal quantity, FlattenInstructionReason reason)
    {
        if (book.SpreadBps > state.Config.MaxSpreadBps)
        {
            return Market(state with { UsedMarketFallback = true }, quantity, FlattenInstructionReason.SpreadTooWide);
        }

        var sent = Sent(state, quantity);
        var price = state.Side == OrderSide.Sell ? book.Bid : book.Ask;
        return new FlattenStep(sent, FlattenInstruction.LimitIoc(sent, reason, quantity, price));
    }

    private static FlattenStep Market(FlattenState state, decimal quantity, FlattenInstructionReason reason)
    {
        var sent = Sent(state, quantity);
        return new FlattenStep(sent, FlattenInstruction.Market(sent, reason, quantity));
    }

    private static FlattenState Sent(FlattenState state, decimal quantity) =>
        state with { OrdersSent = state.OrdersSent + 1, PendingQuantity = quantity };
}
