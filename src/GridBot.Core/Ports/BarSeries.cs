using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>One stored bar series: a venue's market, a canonical symbol and an interval.</summary>
public sealed record BarSeries(Venue Venue, MarketType Market, Symbol Symbol, BarInterval Interval)
{
    public override string ToString() => $"{Venue}/{Market}/{Symbol}/{Interval}";
}
