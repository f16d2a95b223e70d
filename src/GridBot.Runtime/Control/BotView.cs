using GridBot.Core.Bots;

namespace GridBot.Runtime.Control;

/// <summary>
/// A bot as the controls show it (HTTP JSON, chat replies): what it trades, its status, position and counters.
/// <see cref="GridProfit"/> is the round trips' profit before fees; <see cref="AverageCostRealizedPnl"/> is realized
/// PnL on an average-cost basis, net of fees; <see cref="LossStreak"/> counts losing round trips in a row.
/// </summary>
public sealed record BotView(
    string BotId,
    string Venue,
    string Market,
    string Symbol,
    bool Paper,
    string Status,
    string? StatusReason,
    decimal Lower,
    decimal Upper,
    int Levels,
    string Spacing,
    decimal Capital,
    decimal Position,
    decimal AverageEntryPrice,
    decimal AverageCostRealizedPnl,
    decimal GridProfit,
    decimal Fees,
    IReadOnlyList<string> UnconvertedFees,
    int RoundTrips,
    int LossStreak,
    int TrailShifts,
    int OpenOrders,
    int Orders,
    int Cancels,
    int Fills,
    int SafetyActions,
    LimitsView Limits,
    long CreatedMs,
    long UpdatedMs)
{
    public static BotView Of(BotState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var c = state.Config;
        return new BotView(
            state.BotId, c.Venue.ToString(), c.Market.ToString(), c.Rules.Symbol.Name, c.Paper, state.Status.ToString(), state.StatusReason,
            c.Spec.Lower, c.Spec.Upper, c.Spec.Levels, c.Spec.Spacing.ToString(), c.Capital, state.Position.Quantity, state.Position.AverageEntryPrice,
            state.Position.NetRealizedPnl, state.Grid?.GridProfit ?? 0m, state.Position.FeesPaid, (state.UnconvertedFees ?? []).Select(f => f.ToString()).ToList(),
            state.Grid?.RoundTrips ?? 0, state.Risk.ConsecutiveLosses, state.Grid?.TrailShifts ?? 0, state.Intents.Count, state.Counters.Orders,
            state.Counters.Cancels, state.Counters.Fills, state.Counters.SafetyActions, LimitsView.Of(c.Limits), state.CreatedMs, state.UpdatedMs);
    }
}
