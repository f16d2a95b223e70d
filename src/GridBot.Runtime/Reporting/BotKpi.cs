using GridBot.Core.Bots;
using GridBot.Core.Ports;
using GridBot.Runtime.Control;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// One bot at report time. Position, PnL, grid profit, fees and round trips are the bot's own running totals (its
/// <see cref="BotView"/>): <see cref="RealizedPnl"/> is average-cost realized PnL net of fees, <see cref="GridProfit"/>
/// the round trips' profit before fees, <see cref="Fees"/> in quote. <see cref="LastPrice"/> is the bot's last seen
/// price; <see cref="UnrealizedPnl"/> and <see cref="Equity"/> are null when it has none. The <c>Period*</c> figures
/// count the ledger's fills with time in the period; <see cref="PeriodVolume"/> is their quote notional.
/// </summary>
public sealed record BotKpi(
    string BotId,
    string Venue,
    string Market,
    string Symbol,
    string QuoteAsset,
    bool Paper,
    string Status,
    decimal Capital,
    decimal Position,
    decimal AverageEntryPrice,
    decimal? LastPrice,
    decimal RealizedPnl,
    decimal? UnrealizedPnl,
    decimal GridProfit,
    decimal Fees,
    int RoundTrips,
    decimal? Equity,
    int PeriodFills,
    int PeriodBuys,
    int PeriodSells,
    decimal PeriodVolume)
{
    public static BotKpi Of(BotState state, IReadOnlyCollection<ExchangeFill> periodFills)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(periodFills);
        var view = BotView.Of(state);
        var last = state.Risk.LastPrice;
        return new BotKpi(
            view.BotId, view.Venue, view.Market, view.Symbol, state.Config.Rules.Symbol.QuoteAsset, view.Paper, view.Status, view.Capital,
            view.Position, view.AverageEntryPrice, last, view.AverageCostRealizedPnl, last is { } p ? state.Position.UnrealizedPnl(p) : null,
            view.GridProfit, view.Fees, view.RoundTrips, last is { } q ? state.Equity(q) : null,
            periodFills.Count, periodFills.Count(f => f.Side == Core.Market.OrderSide.Buy), periodFills.Count(f => f.Side == Core.Market.OrderSide.Sell),
            periodFills.Sum(f => f.Price * f.Quantity));
    }
}
