using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Grid;

namespace GridBot.Backtesting.Sweeps;

/// <summary>
/// The trailing and trigger dimensions of a sweep, read from option text: trailing modes comma-separated (none, up,
/// down, both), shift limits, stop-losses and take-profits as <see cref="ValueRange"/>s. Every problem is an error value
/// naming its option.
/// </summary>
public sealed record SweepDimensions(
    IReadOnlyList<TrailingMode> Trailing,
    IReadOnlyList<int> MaxTrailShifts,
    IReadOnlyList<decimal?> StopLosses,
    IReadOnlyList<decimal?> TakeProfits)
{
    public bool Trails => Trailing.Any(t => t != TrailingMode.None);

    public bool Triggers => StopLosses.Any(v => v is not null) || TakeProfits.Any(v => v is not null);

    public SweepRequest ApplyTo(SweepRequest request) =>
        Guard.NotNull(request) with { Trailing = Trailing, MaxTrailShifts = MaxTrailShifts, StopLosses = StopLosses, TakeProfits = TakeProfits };

    public static Result<SweepDimensions> Read(string? trailing, string? maxTrailShifts, string? stopLoss, string? takeProfit)
    {
        var modes = new List<TrailingMode>();
        foreach (var text in (trailing ?? "none").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParseTrailing(text, out var mode))
            {
                return Bad($"--trailing '{text}': use none, up, down or both, comma-separated");
            }

            modes.Add(mode);
        }

        if (modes.Count == 0)
        {
            return Bad("--trailing needs at least one of none, up, down or both");
        }

        var shifts = Shifts(maxTrailShifts, modes);
        if (!shifts.IsSuccess)
        {
            return shifts.Error;
        }

        var stopLosses = Prices(stopLoss, "--stop-loss");
        var takeProfits = Prices(takeProfit, "--take-profit");
        return !stopLosses.IsSuccess ? stopLosses.Error
            : !takeProfits.IsSuccess ? takeProfits.Error
            : new SweepDimensions(modes.Distinct().ToList(), shifts.Value, stopLosses.Value, takeProfits.Value);
    }

    /// <summary>Parses none, up, down or both (any case).</summary>
    public static bool TryParseTrailing(string? text, out TrailingMode mode)
    {
        foreach (var candidate in Enum.GetValues<TrailingMode>())
        {
            if (string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = TrailingMode.None;
        return false;
    }

    private static Result<IReadOnlyList<int>> Shifts(string? text, List<TrailingMode> modes)
    {
        if (text is null)
        {
            return new[] { GridSpec.DefaultMaxTrailShifts };
        }

        if (modes.All(m => m == TrailingMode.None))
        {
            return Bad("--max-trail-shifts needs --trailing with up, down or both");
        }

        var range = ValueRange.Parse(text, "--max-trail-shifts");
        if (!range.IsSuccess)
        {
            return range.Error;
        }

        var values = range.Value.Values();
        return values.Any(v => v != decimal.Truncate(v) || v < 1m || v > GridLayout.MaxTrailShifts)
            ? Bad(string.Create(CultureInfo.InvariantCulture, $"--max-trail-shifts '{text}': every value must be a whole number from 1 to {GridLayout.MaxTrailShifts}"))
            : values.Select(v => (int)v).Distinct().ToList();
    }

    private static Result<IReadOnlyList<decimal?>> Prices(string? text, string option)
    {
        if (text is null)
        {
            return new decimal?[] { null };
        }

        var range = ValueRange.Parse(text, option);
        if (!range.IsSuccess)
        {
            return range.Error;
        }

        var values = range.Value.Values();
        return values.Any(v => v <= 0m)
            ? Bad($"{option} '{text}': prices must be > 0")
            : values.Select(v => (decimal?)v).ToList();
    }

    private static Error Bad(string message) => new(ErrorKind.Other, "BadRange", message);
}
