using System.Globalization;
using GridBot.Core.Errors;

namespace GridBot.Backtesting.Sweeps;

/// <summary>An inclusive range <c>from:to:step</c> (or a single value) of decimal settings to sweep.</summary>
public sealed record ValueRange(decimal From, decimal To, decimal Step)
{
    public const int MaxValues = 100_000;

    public IReadOnlyList<decimal> Values()
    {
        var values = new List<decimal>();
        for (var v = From; v <= To && values.Count < MaxValues; v += Step)
        {
            values.Add(v);
        }

        return values;
    }

    /// <summary>Parses <c>a:b:step</c>, <c>a:b</c> (step 1) or a single <c>a</c>.</summary>
    public static Result<ValueRange> Parse(string? text, string optionName)
    {
        var parts = (text ?? string.Empty).Split(':', StringSplitOptions.TrimEntries);
        var numbers = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!decimal.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return Bad(optionName, text, $"'{parts[i]}' is not a number");
            }
        }

        var range = numbers.Length switch
        {
            1 => new ValueRange(numbers[0], numbers[0], 1m),
            2 => new ValueRange(numbers[0], numbers[1], 1m),
            3 => new ValueRange(numbers[0], numbers[1], numbers[2]),
            _ => null,
        };
        if (range is null)
        {
            return Bad(optionName, text, "use FROM:TO:STEP, FROM:TO or a single value");
        }

        if (range.Step <= 0m || range.To < range.From)
        {
            return Bad(optionName, text, "needs FROM ≤ TO and STEP > 0");
        }

        if ((range.To - range.From) / range.Step >= MaxValues)
        {
            return Bad(optionName, text, $"expands to more than {MaxValues} values");
        }

        return range;
    }

    private static Error Bad(string option, string? text, string why) =>
        new(ErrorKind.Other, "BadRange", $"{option} '{text}': {why}");
}
