namespace GridBot.Core.Heuristics;

/// <summary>
/// A suggested grid: bounds in quote currency per unit of base (Lower &lt; Upper), the reference
/// <see cref="Price"/> (last close), the number of levels, and how the suggestion was reached.
/// <see cref="Atr"/> is in price units, <see cref="AtrPercent"/> in percent of <see cref="Price"/>; both are null
/// when <see cref="IsFallback"/>. <see cref="Confidence"/> is in [0, 1].
/// </summary>
public sealed record GridSuggestion(
    decimal Lower,
    decimal Upper,
    decimal Price,
    int Levels,
    double Confidence,
    VolatilityRegime Regime,
    decimal? Atr,
    double? AtrPercent,
    bool IsFallback,
    string Reason);
