namespace GridBot.Core.Safety;

/// <summary>What a session <see cref="SafetyAlert"/> is about.</summary>
public enum AlertType
{
    SessionLoss,
    PositionSize,
    ProfitGiveback,
    TradeFrequency,
    MarketConditions,
}
