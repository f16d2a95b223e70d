namespace GridBot.Cli;

public sealed record SuggestJson(
    string Data,
    bool Simulated,
    string PrimaryTimeframe,
    string? ConfirmTimeframe,
    decimal Price,
    decimal Lower,
    decimal Upper,
    int Levels,
    double Confidence,
    string Regime,
    double? AtrPercent,
    bool IsFallback,
    string Reason,
    bool? Confirmed,
    string Confirmation);
