namespace GridBot.Core.Risk;

public enum ExposureViolationKind
{
    PerPairCapExceeded,
    PortfolioCapExceeded,
}
