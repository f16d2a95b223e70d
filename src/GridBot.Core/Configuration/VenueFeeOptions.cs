using GridBot.Core.Market;

namespace GridBot.Core.Configuration;

/// <summary>One venue's fee rates per market type.</summary>
public sealed class VenueFeeOptions
{
    public FeeRates Spot { get; set; } = new();

    public FeeRates Perp { get; set; } = new();

    public FeeRates For(MarketType market) => market switch
    {
        MarketType.Spot => Spot,
        MarketType.Perp => Perp,
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "unknown market type"),
    };

    internal void Check(ProblemList problems, string path)
    {
        Spot.Check(problems, $"{path}:Spot");
        Perp.Check(problems, $"{path}:Perp");
    }
}
