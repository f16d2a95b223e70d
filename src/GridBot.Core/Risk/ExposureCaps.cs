using GridBot.Core.Common;

namespace GridBot.Core.Risk;

/// <summary>
/// Exposure caps as fractions of equity: per pair 15 % and portfolio 30 % by default. Caps are inclusive
/// (an exposure equal to its cap passes).
/// </summary>
public sealed record ExposureCaps(decimal PerPairFraction = 0.15m, decimal PortfolioFraction = 0.30m)
{
    public static readonly ExposureCaps Default = new();

    public decimal PerPairCap(decimal equity) => Math.Max(0m, equity) * PerPairFraction;

    public decimal PortfolioCap(decimal equity) => Math.Max(0m, equity) * PortfolioFraction;

    /// <summary>
    /// Checks the exposures as they would be after the order: <paramref name="pairExposure"/> for the order's pair
    /// and <paramref name="portfolioExposure"/> across all pairs, both absolute quote notionals (a short counts as
    /// much as a long). The per-pair cap is checked first. Null when within both caps. Equity ≤ 0 allows no exposure.
    /// </summary>
    public ExposureViolation? Check(decimal equity, decimal pairExposure, decimal portfolioExposure)
    {
        Guard.InRange(PerPairFraction, 0m, 1m);
        Guard.InRange(PortfolioFraction, 0m, 1m);
        Guard.NonNegative(pairExposure);
        Guard.NonNegative(portfolioExposure);

        var pairCap = PerPairCap(equity);
        if (pairExposure > pairCap)
        {
            return ExposureViolation.PerPairCapExceeded(pairExposure, pairCap);
        }

        var portfolioCap = PortfolioCap(equity);
        return portfolioExposure > portfolioCap ? ExposureViolation.PortfolioCapExceeded(portfolioExposure, portfolioCap) : null;
    }

    /// <summary>The largest extra notional that keeps both caps, ≥ 0.</summary>
    public decimal Headroom(decimal equity, decimal pairExposure, decimal portfolioExposure) =>
        Math.Max(0m, Math.Min(PerPairCap(equity) - pairExposure, PortfolioCap(equity) - portfolioExposure));
}
