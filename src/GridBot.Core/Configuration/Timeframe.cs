using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GridBot.Core.Errors;

namespace GridBot.Core.Configuration;

/// <summary>
/// A bar interval from the set both venues offer: 1m, 3m, 5m, 15m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d.
/// Text form is a count and a lower-case unit (m, h, d) exactly as listed; <see cref="ToString"/> gives it back.
/// </summary>
public readonly record struct Timeframe : IComparable<Timeframe>
{
    private static readonly int[] AllowedMinutes = [1, 3, 5, 15, 30, 60, 120, 240, 360, 480, 720, 1440];

    private static readonly string[] AllowedText = ["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d"];

    private Timeframe(int minutes) => Minutes = minutes;

    public static Timeframe OneMinute { get; } = new(1);

    public static Timeframe FiveMinutes { get; } = new(5);

    public static Timeframe FifteenMinutes { get; } = new(15);

    public static Timeframe OneHour { get; } = new(60);

    public static Timeframe OneDay { get; } = new(1440);

    /// <summary>Every allowed timeframe, shortest first.</summary>
    public static IReadOnlyList<Timeframe> All { get; } = Array.ConvertAll(AllowedMinutes, m => new Timeframe(m));

    public int Minutes { get; }

    public TimeSpan Duration => TimeSpan.FromMinutes(Minutes);

    public static Result<Timeframe> Parse(string? text) =>
        TryParse(text, out var timeframe)
            ? timeframe
            : Error.Of(ErrorKind.Other, $"'{text}' is not a timeframe: use one of {string.Join(", ", All)}");

    public static bool TryParse([NotNullWhen(true)] string? text, out Timeframe timeframe)
    {
        // Exact, case-sensitive match: on Binance "1M" is a month, not a minute.
        var index = Array.IndexOf(AllowedText, text);
        timeframe = index >= 0 ? new Timeframe(AllowedMinutes[index]) : default;
        return index >= 0;
    }

    public int CompareTo(Timeframe other) => Minutes.CompareTo(other.Minutes);

    public static bool operator <(Timeframe left, Timeframe right) => left.CompareTo(right) < 0;

    public static bool operator >(Timeframe left, Timeframe right) => left.CompareTo(right) > 0;

    public static bool operator <=(Timeframe left, Timeframe right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Timeframe left, Timeframe right) => left.CompareTo(right) >= 0;

    public override string ToString() => Minutes switch
    {
        0 => "0m",
        _ when Minutes % 1440 == 0 => string.Create(CultureInfo.InvariantCulture, $"{Minutes / 1440}d"),
        _ when Minutes % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{Minutes / 60}h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Minutes}m"),
    };
}
