namespace GridBot.Core.Heuristics;

/// <summary>
/// Volatility class by ATR% (ATR / last close × 100), upper bounds inclusive: Low ≤ 1, Normal ≤ 3, High ≤ 5,
/// Extreme above. <see cref="Unknown"/> when there were too few bars for an ATR.
/// </summary>
public enum VolatilityRegime
{
    Unknown = 0,
    Low,
    Normal,
    High,
    Extreme,
}
