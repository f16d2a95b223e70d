namespace GridBot.Core.Risk;

/// <summary>The market regime a trade's exits are set for (see <see cref="RiskRules"/>).</summary>
public enum TradeRegime
{
    Unknown,
    Trend,
    Range,
}
