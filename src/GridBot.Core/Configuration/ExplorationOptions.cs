namespace GridBot.Core.Configuration;

/// <summary>Share of decisions spent exploring (the seed's <c>EXPLORATION</c>); fractions in (0, 1], Min ≤ Target.</summary>
public sealed class ExplorationOptions
{
    public decimal Min { get; set; } = 0.10m;

    public decimal Target { get; set; } = 0.25m;

    /// <summary>When true the rate moves between <see cref="Min"/> and <see cref="Target"/>; otherwise it stays at Target.</summary>
    public bool Dynamic { get; set; } = true;

    internal void Check(ProblemList problems, string path)
    {
        problems.Fraction($"{path}:Min", Min);
        problems.Fraction($"{path}:Target", Target);
        problems.NotAbove($"{path}:Min", Min, $"{path}:Target", Target);
    }
}
