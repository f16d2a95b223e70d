using GridBot.Core.Flatten;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Positions;

namespace GridBot.Core.Bots;

/// <summary>
/// Everything a bot needs to resume after a crash, saved after every operation. <see cref="Grid"/> holds the orders
/// the grid wants; <see cref="Intents"/> the orders the bot has on the venue (or is about to send). Each decision
/// converges the two. <see cref="NextSeq"/> makes every client order id unique and deterministic.
/// <see cref="RecentTradeIds"/> makes fills idempotent: a trade seen twice is applied once. <see cref="Flatten"/> is the
/// TWAP flatten in progress (or the last one, until the bot is cleared). <see cref="UnconvertedFees"/> are fees charged
/// in an asset whose quote price could not be read at the fill: left out of PnL, and reported, never counted as 0.
/// <see cref="Exit"/> is the trigger that ended the current grid (stop-loss or take-profit), None while none has, and
/// <see cref="ExitMs"/> when it fired.
/// </summary>
public sealed record BotState(
    BotConfig Config,
    BotStatus Status,
    string? StatusReason,
    GridState? Grid,
    Position Position,
    IReadOnlyList<OrderIntent> Intents,
    int NextSeq,
    bool NeedsRestart,
    IReadOnlyList<string> RecentTradeIds,
    long FillCursorMs,
    BotCounters Counters,
    BotRisk Risk,
    long CreatedMs,
    long UpdatedMs,
    FlattenState? Flatten = null,
    IReadOnlyList<CashAmount>? UnconvertedFees = null,
    GridSignal Exit = GridSignal.None,
    long? ExitMs = null)
{
    public const int TradeIdMemory = 1_000;

    public string BotId => Config.BotId;

    public OrderIntent? Intent(string clientOrderId) => Intents.FirstOrDefault(i => i.ClientOrderId == clientOrderId);

    /// <summary>Capital plus net realized PnL plus unrealized PnL at <paramref name="price"/>, in quote.</summary>
    public decimal Equity(decimal price) => Config.Capital + Position.NetRealizedPnl + Position.UnrealizedPnl(price);
}
