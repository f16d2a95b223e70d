namespace GridBot.Core.Grid;

public sealed record GridStatus(
    int Levels,
    decimal Lower,
    decimal Upper,
    int OpenBuys,
    int OpenSells,
    decimal BaseForSells,
    decimal QuoteForBuys,
    decimal GridProfit,
    int RoundTrips,
    int Fills,
    int Generation);
