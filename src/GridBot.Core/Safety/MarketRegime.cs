namespace GridBot.Core.Safety;

/// <summary>Volatility regime, ordered from calmest; see <see cref="RiskThresholds"/> for the ATR% bands.</summary>
public enum MarketRegime
{
    Calm = 0,
    Normal = 1,
    Volatile = 2,
    Extreme = 3,
}
