namespace GridBot.Core.Configuration;

public enum TradingEnvironment
{
    /// <summary>Orders go to the paper venue or a simulator; no real money moves.</summary>
    Simulation,
    Production,
}
