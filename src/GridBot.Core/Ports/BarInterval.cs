using System.Globalization;
using GridBot.Core.Errors;

namespace GridBot.Core.Ports;

/// <summary>
/// A fixed bar interval named the venues' way: a count and a unit, <c>1s</c>, <c>1m</c>, <c>15m</c>, <c>1h</c>,
/// <c>1d</c>, <c>1w</c>. Calendar months (<c>1M</c>) have no fixed length and are refused.
/// </summary>
public readonly record struct BarInterval
{
    private BarInterval(string name, long milliseconds)
    {
        Name = name;
        Milliseconds = milliseconds;
    }

    public string Name { get; }

    public long Milliseconds { get; }

    public static BarInterval OneMinute { get; } = new("1m", 60_000L);

    public static Result<BarInterval> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length >= 2 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count is > 0 and <= 1000 && UnitMilliseconds(trimmed[^1]) is { } unit)
        {
            return new BarInterval(string.Create(CultureInfo.InvariantCulture, $"{count}{trimmed[^1]}"), count * unit);
        }

        return Error.Of(ErrorKind.Other, $"'{text}' is not a bar interval: use a count and s, m, h, d or w (1m, 15m, 1h, 1d)");
    }

    public override string ToString() => Name;

    private static long? UnitMilliseconds(char unit) => unit switch
    {
        's' => 1_000L,
        'm' => 60_000L,
        'h' => 3_600_000L,
        'd' => 86_400_000L,
        'w' => 604_800_000L,
        _ => null,
    };
}
