using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridBot.Core.Bots;

/// <summary>
/// What a bot trades and how. <see cref="BotId"/> is 1–16 characters of <c>[a-zA-Z0-9_]</c> so every client order id
/// derived from it fits the venues' <c>^[a-zA-Z0-9_-]{1,36}$</c>. <see cref="Paper"/> bots trade the paper exchange
/// (on the venue's live prices, or on replayed bars when <see cref="Venue"/> is <c>Paper</c>); others send real orders.
/// <see cref="FlattenDuration"/> is how long a flatten's TWAP may take (null: 5 minutes).
/// </summary>
public sealed record BotConfig(
    string BotId,
    Venue Venue,
    MarketType Market,
    SymbolRules Rules,
    GridSpec Spec,
    decimal Capital,
    FeeSchedule Fees,
    RiskLimits Limits,
    bool Paper = false,
    TimeSpan? FlattenDuration = null);
