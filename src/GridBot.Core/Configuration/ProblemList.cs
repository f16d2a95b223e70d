using System.Globalization;

namespace GridBot.Core.Configuration;

/// <summary>Collects <see cref="ConfigurationProblem"/>s while options check themselves.</summary>
internal sealed class ProblemList
{
    private readonly List<ConfigurationProblem> _problems = [];

    public IReadOnlyList<ConfigurationProblem> Problems => _problems;

    public void Add(string key, string message) => _problems.Add(new ConfigurationProblem(key, message));

    /// <summary>Requires <paramref name="value"/> in (0, 1].</summary>
    public void Fraction(string key, decimal value)
    {
        if (value <= 0m || value > 1m)
        {
            Add(key, string.Create(CultureInfo.InvariantCulture, $"{value} must be a fraction in (0, 1]"));
        }
    }

    public void NotAbove(string lowerKey, decimal lower, string upperKey, decimal upper)
    {
        if (lower > upper)
        {
            Add(lowerKey, string.Create(CultureInfo.InvariantCulture, $"{lower} must not exceed {upperKey} ({upper})"));
        }
    }
}
