using GridBot.Core.Bots;

namespace GridBot.Runtime.Control;

/// <summary>A bot as the controls show it (HTTP JSON, chat replies): what it trades, its status, position and counters.</summary>
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
    decimal RealizedPnl,
    decimal GridProfit,
    int RoundTrips,
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
            state.Position.NetRealizedPnl, state.Grid?.GridProfit ?? 0m, state.Grid?.RoundTrips ?? 0, state.Intents.Count, state.Counters.Orders,
            state.Counters.Cancels, state.Counters.Fills, state.Counters.SafetyActions, LimitsView.Of(c.Limits), state.CreatedMs, state.UpdatedMs);
    }
}
