using System.Text.Json.Serialization;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Ports;
using GridBot.Core.Flatten;
using GridBot.Core.Grid;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;
using GridBot.Core.Positions;
using GridBot.Core.Risk;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridBot.Core.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every Core record that is persisted or sent over the wire:
/// camelCase names, enums as strings, decimals as JSON numbers (exact; no binary floating point on the way).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Symbol))]
[JsonSerializable(typeof(SymbolRules))]
[JsonSerializable(typeof(Bar))]
[JsonSerializable(typeof(CashAmount))]
[JsonSerializable(typeof(FeeSchedule))]
[JsonSerializable(typeof(GridSpec))]
[JsonSerializable(typeof(GridState))]
[JsonSerializable(typeof(GridStatus))]
[JsonSerializable(typeof(Position))]
[JsonSerializable(typeof(RiskLimits))]
[JsonSerializable(typeof(CircuitBreakerState))]
[JsonSerializable(typeof(SafetyBreaker))]
[JsonSerializable(typeof(SafetyEventLog))]
[JsonSerializable(typeof(SafetyAssessment))]
[JsonSerializable(typeof(SessionRiskState))]
[JsonSerializable(typeof(RiskMetrics))]
[JsonSerializable(typeof(MarketConditions))]
[JsonSerializable(typeof(RiskReport))]
[JsonSerializable(typeof(RetryPolicy))]
[JsonSerializable(typeof(ExposureCaps))]
[JsonSerializable(typeof(FlattenState))]
[JsonSerializable(typeof(FlattenResult))]
[JsonSerializable(typeof(GridSuggestion))]
[JsonSerializable(typeof(BotState))]
[JsonSerializable(typeof(BotOperation))]
[JsonSerializable(typeof(BotDecision))]
[JsonSerializable(typeof(List<BotOperation>))]
[JsonSerializable(typeof(MarketView))]
[JsonSerializable(typeof(ExchangeFill))]
[JsonSerializable(typeof(ExchangeOrder))]
public sealed partial class CoreJsonContext : JsonSerializerContext;
