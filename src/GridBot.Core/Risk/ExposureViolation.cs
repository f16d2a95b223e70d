namespace GridBot.Core.Risk;

/// <summary>An exposure above its cap. <see cref="Exposure"/> and <see cref="Cap"/> are quote notionals.</summary>
public sealed record ExposureViolation(ExposureViolationKind Kind, decimal Exposure, decimal Cap)
{
    public decimal Excess => Exposure - Cap;

    public static ExposureViolation PerPairCapExceeded(decimal exposure, decimal cap) =>
        new(ExposureViolationKind.PerPairCapExceeded, exposure, cap);

    public static ExposureViolation PortfolioCapExceeded(decimal exposure, decimal cap) =>
        new(ExposureViolationKind.PortfolioCapExceeded, exposure, cap);
}
