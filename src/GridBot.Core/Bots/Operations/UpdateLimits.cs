using GridBot.Core.Safety;

namespace GridBot.Core.Bots.Operations;

/// <summary>Replaces the risk limits.</summary>
public sealed record UpdateLimits(RiskLimits Limits) : BotOperation;
