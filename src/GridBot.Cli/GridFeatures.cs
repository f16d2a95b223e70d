using System.Globalization;
using GridBot.Backtesting.Sweeps;
using GridBot.Core.Grid;

namespace GridBot.Cli;

/// <summary>
/// A grid's trailing and exit settings as read by <see cref="GridFeatureArguments"/>: applied to a spec, and checked
/// against the grid's range once it is known (the stop-loss must be below the lower bound, the take-profit above the upper).
/// </summary>
public sealed record GridFeatures(TrailingMode Trailing, int MaxTrailShifts, decimal? StopLoss, decimal? TakeProfit)
{
    public static GridFeatures None { get; } = new(TrailingMode.None, GridSpec.DefaultMaxTrailShifts, null, null);

    public GridSpec Apply(GridSpec spec) => spec with
    {
        TrailingUp = Trailing is TrailingMode.Up or TrailingMode.Both,
        TrailingDown = Trailing is TrailingMode.Down or TrailingMode.Both,
        MaxTrailShifts = MaxTrailShifts,
        StopLossPrice = StopLoss,
        TakeProfitPrice = TakeProfit,
    };

    /// <summary>Why these triggers do not fit a grid from <paramref name="lower"/> to <paramref name="upper"/>, naming the options; null when they do.</summary>
    public string? Problem(decimal lower, decimal upper)
    {
        var problems = new List<string>();
        if (StopLoss is { } sl && sl >= lower)
        {
            problems.Add($"--stop-loss {F(sl)} must be below the grid's lower bound {F(lower)} (--lower)");
        }

        if (TakeProfit is { } tp && tp <= upper)
        {
            problems.Add($"--take-profit {F(tp)} must be above the grid's upper bound {F(upper)} (--upper)");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>"none", "up", "down" or "both": how <paramref name="spec"/> trails.</summary>
    public static string TrailingOf(GridSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Name(spec.TrailingUp && spec.TrailingDown ? TrailingMode.Both
            : spec.TrailingUp ? TrailingMode.Up
            : spec.TrailingDown ? TrailingMode.Down
            : TrailingMode.None);
    }

    public static string Name(TrailingMode mode) => mode.ToString().ToLowerInvariant();

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
