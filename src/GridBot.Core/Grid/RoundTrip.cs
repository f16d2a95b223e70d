namespace GridBot.Core.Grid;

/// <summary>
/// What one sell fill closed: <see cref="Quantity"/> bought one level below and sold here. <see cref="GrossProfit"/> is
/// the spacing on that quantity; <see cref="EntryFee"/> the buy leg's fee for it (quote). The sell's own fee is the
/// caller's to add: net = gross − entry fee − sell fee.
/// </summary>
public sealed record RoundTrip(decimal Quantity, decimal GrossProfit, decimal EntryFee)
{
    public decimal Net(decimal sellFee) => GrossProfit - EntryFee - sellFee;
}
