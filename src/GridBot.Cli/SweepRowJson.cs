namespace GridBot.Cli;

/// <summary>
/// One ranked setting of a sweep and its figures: the grid, how it trails ("none", "up", "down", "both"; the shift limit
/// is null when it does not trail) and its triggers, then what happened (shifts made, the exit if any).
/// </summary>
public sealed record SweepRowJson(
    int Rank,
    decimal Lower,
    decimal Upper,
    int Levels,
    string Mode,
    decimal ReturnPct,
    double Sharpe,
    double Calmar,
    double MaxDrawdownPct,
    int Fills,
    int RoundTrips,
    decimal GridProfit,
    decimal Fees,
    decimal FinalEquity,
    decimal RequiredCapital)
{
    public string Trailing { get; init; } = "none";

    public int? MaxTrailShifts { get; init; }

    public decimal? StopLoss { get; init; }

    public decimal? TakeProfit { get; init; }

    public int TrailShifts { get; init; }

    public string? ExitReason { get; init; }

    public decimal InventoryPnl { get; init; }
}
