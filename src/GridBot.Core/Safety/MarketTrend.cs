namespace GridBot.Core.Safety;

public enum MarketTrend
{
    Sideways = 0,
    TrendingUp = 1,
    TrendingDown = 2,
}
