namespace GridBot.Core.Safety;

/// <summary>Whether the market favours a grid, and why not when it does not.</summary>
public sealed record MarketAssessment(MarketConditions Conditions, bool IsFavourableForGrid, IReadOnlyList<string> Concerns);
