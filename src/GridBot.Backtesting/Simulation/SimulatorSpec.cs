using System.Globalization;

namespace GridBot.Backtesting.Simulation;

/// <summary>
/// The command-line form of a simulated data source: <c>sim:SEED</c> or <c>sim:SEED:BARS</c>
/// (prefix case-insensitive, invariant-culture integers, BARS &gt; 0); everything else takes the defaults of
/// <see cref="SimulatorOptions.Default"/>.
/// </summary>
public static class SimulatorSpec
{
    public const string Prefix = "sim:";

    /// <summary>True when <paramref name="text"/> is meant as a simulator spec (well-formed or not), i.e. not a file path.</summary>
    public static bool IsSpec(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string? text, out SimulatorOptions options)
    {
        options = SimulatorOptions.Default(0);
        if (!IsSpec(text))
        {
            return false;
        }

        var parts = text![Prefix.Length..].Split(':');
        if (parts.Length > 2 || !TryInt(parts[0], out var seed))
        {
            return false;
        }

        var bars = SimulatorOptions.DefaultBars;
        if (parts.Length == 2 && (!TryInt(parts[1], out bars) || bars <= 0))
        {
            return false;
        }

        options = SimulatorOptions.Default(seed, bars);
        return true;
    }

    /// <summary>The spec for a seed and bar count; <see cref="TryParse"/> reads it back.</summary>
    public static string Format(int seed, int bars) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{seed}:{bars}");

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
