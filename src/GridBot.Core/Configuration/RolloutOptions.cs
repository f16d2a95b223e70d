using GridBot.Core.Common;

namespace GridBot.Core.Configuration;

/// <summary>
/// Position size as a fraction of equity per rollout stage (the seed's <c>RISK</c>):
/// stage 1 → <see cref="CanaryFraction"/> (2%), stages 2–3 → <see cref="BaseFraction"/> (5%),
/// stages 4–5 → <see cref="ScaleUpMaxFraction"/> (10%), which is a cap: sizing may stay below it.
/// </summary>
public sealed class RolloutOptions
{
    public const int MinStage = 1;
    public const int MaxStage = 5;

    public decimal CanaryFraction { get; set; } = 0.02m;

    public decimal BaseFraction { get; set; } = 0.05m;

    public decimal ScaleUpMaxFraction { get; set; } = 0.10m;

    /// <summary>The largest position size for <paramref name="stage"/>, as a fraction of equity.</summary>
    public decimal MaxSizeFractionFor(int stage) => Guard.InRange(stage, MinStage, MaxStage) switch
    {
        1 => CanaryFraction,
        2 or 3 => BaseFraction,
        _ => ScaleUpMaxFraction,
    };

    internal void Check(ProblemList problems, string path)
    {
        problems.Fraction($"{path}:CanaryFraction", CanaryFraction);
        problems.Fraction($"{path}:BaseFraction", BaseFraction);
        problems.Fraction($"{path}:ScaleUpMaxFraction", ScaleUpMaxFraction);
        problems.NotAbove($"{path}:CanaryFraction", CanaryFraction, $"{path}:BaseFraction", BaseFraction);
        problems.NotAbove($"{path}:BaseFraction", BaseFraction, $"{path}:ScaleUpMaxFraction", ScaleUpMaxFraction);
    }
}
