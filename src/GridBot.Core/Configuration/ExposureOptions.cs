namespace GridBot.Core.Configuration;

/// <summary>Exposure caps as fractions of equity (the seed's <c>EXPOSURE_CAPS</c>).</summary>
public sealed class ExposureOptions
{
    public decimal PerPairFraction { get; set; } = 0.15m;

    /// <summary>All concurrent positions together; never below <see cref="PerPairFraction"/>.</summary>
    public decimal PortfolioFraction { get; set; } = 0.30m;

    internal void Check(ProblemList problems, string path)
    {
        problems.Fraction($"{path}:PerPairFraction", PerPairFraction);
        problems.Fraction($"{path}:PortfolioFraction", PortfolioFraction);
        problems.NotAbove($"{path}:PerPairFraction", PerPairFraction, $"{path}:PortfolioFraction", PortfolioFraction);
    }
}
