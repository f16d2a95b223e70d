using System.Diagnostics.CodeAnalysis;
using GridBot.Core.Market;

namespace GridBot.Core.Flatten;

/// <summary>
/// An active or finished flatten. Quantities are in base units and multiples of <see cref="StepSize"/>;
/// <see cref="Proceeds"/> is the gross quote amount exchanged (received when selling, paid when buying)
/// and <see cref="Fees"/> the fees in quote. Slice k (0-based) is due at start + k × duration / slices
/// and must be filled by start + (k + 1) × duration / slices. Transitions live in <see cref="FlattenPlanner"/>.
/// </summary>
public sealed record FlattenState
{
    public required Symbol Symbol { get; init; }

    /// <summary>The side that closes the position: sell a long, buy a short.</summary>
    public required OrderSide Side { get; init; }

    public required decimal TotalQuantity { get; init; }

    /// <summary>The part of the position below one step, which no order can close.</summary>
    public decimal Dust { get; init; }

    public required decimal StepSize { get; init; }

    public required FlattenConfig Config { get; init; }

    /// <summary>Number of TWAP slices: the configured count, fewer when the quantity has fewer steps.</summary>
    public required int SliceCount { get; init; }

    /// <summary>Quantity of every slice but the last, floored to the step; the last takes the remainder.</summary>
    public required decimal SliceQuantity { get; init; }

    public decimal FilledQuantity { get; init; }

    public decimal Proceeds { get; init; }

    public decimal Fees { get; init; }

    public int SlicesStarted { get; init; }

    /// <summary>Orders sent so far; the n-th order (1-based) is a deterministic key for its client order id.</summary>
    public int OrdersSent { get; init; }

    /// <summary>Quantity of the order in flight not yet reported filled; 0 when none is in flight.</summary>
    public decimal PendingQuantity { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The deadline of the current slice (of slice 0 before any has started).</summary>
    public required DateTimeOffset NextSliceDeadline { get; init; }

    public FlattenStatus Status { get; init; } = FlattenStatus.Active;

    /// <summary>True until the cancel-all instruction has been handed out (when configured).</summary>
    public bool CancelPending { get; init; }

    /// <summary>True once the spread guard or a missed deadline forced a market order.</summary>
    public bool UsedMarketFallback { get; init; }

    /// <summary>Why the flatten was requested, e.g. "Manual" or "Daily loss limit".</summary>
    public required string Reason { get; init; }

    /// <summary>Always true: after a flatten the bot stays stopped until someone resumes it by hand.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the record's serialized shape.")]
    public bool RequiresManualResume => true;

    public decimal RemainingQuantity => TotalQuantity - FilledQuantity;

    /// <summary>Volume-weighted average fill price; 0 before any fill.</summary>
    public decimal AveragePrice => FilledQuantity == 0m ? 0m : Proceeds / FilledQuantity;

    /// <summary>Quantity that should be filled once <paramref name="slices"/> slices are done.</summary>
    public decimal CumulativeTarget(int slices) =>
        slices >= SliceCount ? TotalQuantity : slices * SliceQuantity;

    /// <summary>When slice <paramref name="sliceIndex"/> (0-based) is due.</summary>
    public DateTimeOffset ScheduledAt(int sliceIndex) => StartedAt + Offset(sliceIndex);

    /// <summary>When slice <paramref name="sliceIndex"/> (0-based) must be filled: start + (i + 1) × duration / slices.</summary>
    public DateTimeOffset DeadlineOf(int sliceIndex) => StartedAt + Offset(sliceIndex + 1);

    private TimeSpan Offset(int slices) => TimeSpan.FromTicks(Config.TwapDuration.Ticks * slices / SliceCount);
}
