using System.CommandLine;
using System.Globalization;
using GridBot.Backtesting.Sweeps;
using GridBot.Core.Errors;
using GridBot.Core.Grid;

namespace GridBot.Cli;

/// <summary>
/// The options that trail a grid and end it: <c>--trailing up|down|both</c>, <c>--max-trail-shifts N</c> (only with
/// --trailing), <c>--stop-loss PRICE</c> (below --lower) and <c>--take-profit PRICE</c> (above --upper). Shared by every
/// command that runs one grid: <see cref="AddTo"/> the command, <see cref="Read"/> the parse, then check the triggers
/// against the grid's range with <see cref="GridFeatures.Problem"/> and <see cref="GridFeatures.Apply"/> them to its spec.
/// </summary>
public sealed class GridFeatureArguments
{
    public Option<string?> Trailing { get; } = new("--trailing")
    {
        Description = "Trail the grid a level at a time when a close is a full level outside it: up, down or both (default: none)",
    };

    public Option<int?> MaxTrailShifts { get; } = new("--max-trail-shifts")
    {
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Most shifts over the grid's life, 1 to {GridLayout.MaxTrailShifts} (default {GridSpec.DefaultMaxTrailShifts}); only with --trailing"),
    };

    public Option<decimal?> StopLoss { get; } = new("--stop-loss")
    {
        Description = "Close price at or below which the grid is cancelled, its inventory sold (TWAP) and the bot stopped; below --lower",
    };

    public Option<decimal?> TakeProfit { get; } = new("--take-profit")
    {
        Description = "Close price at or above which the grid is cancelled, its inventory sold (TWAP) and the bot stopped; above --upper",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Trailing, MaxTrailShifts, StopLoss, TakeProfit })
        {
            command.Add(option);
        }
    }

    /// <summary>The settings, or an error value naming every bad option (exit 2).</summary>
    public Result<GridFeatures> Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var problems = new List<string>();
        var trailing = TrailingMode.None;
        if (parse.GetValue(Trailing) is { } text && !TryParseTrailing(text, out trailing))
        {
            problems.Add($"--trailing '{text}': use none, up, down or both");
        }

        var shifts = parse.GetValue(MaxTrailShifts);
        if (shifts is not null && trailing == TrailingMode.None)
        {
            problems.Add("--max-trail-shifts needs --trailing up, down or both");
        }
        else if (ShiftsProblem(shifts) is { } shiftsProblem)
        {
            problems.Add(shiftsProblem);
        }

        var stopLoss = Price(parse.GetValue(StopLoss), "--stop-loss", problems);
        var takeProfit = Price(parse.GetValue(TakeProfit), "--take-profit", problems);
        return problems.Count > 0
            ? new Error(ErrorKind.Other, "BadOptions", string.Join("; ", problems))
            : new GridFeatures(trailing, shifts ?? GridSpec.DefaultMaxTrailShifts, stopLoss, takeProfit);
    }

    /// <summary>Parses none, up, down or both (any case).</summary>
    public static bool TryParseTrailing(string? text, out TrailingMode mode) => SweepDimensions.TryParseTrailing(text, out mode);

    /// <summary>Why <paramref name="shifts"/> is not a shift limit, naming the option; null when it is (or not given).</summary>
    public static string? ShiftsProblem(int? shifts) => shifts is < 1 or > GridLayout.MaxTrailShifts
        ? string.Create(CultureInfo.InvariantCulture, $"--max-trail-shifts {shifts} must be from 1 to {GridLayout.MaxTrailShifts}")
        : null;

    private static decimal? Price(decimal? value, string option, List<string> problems)
    {
        if (value is <= 0m)
        {
            problems.Add($"{option} must be > 0, got {value.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }
}
