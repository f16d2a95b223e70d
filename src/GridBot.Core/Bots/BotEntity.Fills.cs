using GridBot.Core.Bots.Effects;
using GridBot.Core.Flatten;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    private static BotRejection? OnFill(Step step, ExchangeFill fill)
    {
        var s = step.State;
        if (s.RecentTradeIds.Contains(fill.TradeId))
        {
            return null;
        }

        var fee = FeeInQuote(fill, s.Config.Rules.Symbol, step.View.FeePrices);
        var applied = s.Position.Apply(fill.Side, fill.Quantity, fill.Price, fee ?? 0m);
        step.State = s with
        {
            Position = applied.Position,
            RecentTradeIds = [.. s.RecentTradeIds.TakeLast(BotState.TradeIdMemory - 1), fill.TradeId],
            FillCursorMs = Math.Max(s.FillCursorMs, fill.TimeMs),
            Counters = s.Counters with { Fills = s.Counters.Fills + 1 },
            Risk = s.Risk with { LastPrice = fill.Price },
            UnconvertedFees = fee is null ? AddFee(s.UnconvertedFees, fill.Fee) : s.UnconvertedFees,
        };
        step.Effects.Add(new PublishFill(s.BotId, fill));
        if (fee is null)
        {
            step.Notify($"fill {fill.TradeId}: fee {fill.Fee} has no {s.Config.Rules.Symbol.QuoteAsset} price yet; it is reported as unconverted and left out of PnL");
        }

        if (step.State.Intent(fill.ClientOrderId) is not { } intent)
        {
            step.Notify($"fill {fill.TradeId} for an order this bot does not track ({fill.ClientOrderId}); position updated");
            CheckSafety(step, fill.Price);
            return null;
        }

        step.UpdateIntent(intent, i => i.Filled + fill.Quantity >= i.Quantity ? null : i with { Filled = i.Filled + fill.Quantity });
        switch (intent.Kind)
        {
            case IntentKind.Grid:
                ApplyGridFill(step, intent, fill, fee ?? 0m);
                break;
            case IntentKind.StartBuy when step.State.Grid is { } grid:
                // The start-up buy is the first leg of the first sells' round trips: its fee travels with them.
                step.State = step.State with { Grid = GridEngine.CarryStartFee(grid, fee ?? 0m) };
                break;
            case IntentKind.Flatten when step.State.Flatten is { } flatten:
                ApplyFlattenFill(step, flatten, fill, fee ?? 0m);
                break;
        }

        CheckSafety(step, fill.Price);
        return null;
    }

    /// <summary>
    /// Moves the grid and counts the loss streak by round trip: a sell at level i+1 closes the buy at level i; the
    /// streak grows when that round trip lost money after both fees and resets when it earned.
    /// </summary>
    private static void ApplyGridFill(Step step, OrderIntent intent, ExchangeFill fill, decimal fee)
    {
        if (step.State.Grid is not { } grid)
        {
            return;
        }

        var update = GridEngine.OnFill(grid, intent.Level, intent.Side, Math.Min(fill.Quantity, grid.OrderAt(intent.Level)?.Remaining ?? 0m), fee);
        if (!update.IsSuccess)
        {
            step.Notify($"fill {fill.TradeId} does not match the grid ({update.Error.Message}); position updated");
            return;
        }

        step.State = step.State with { Grid = update.Value.State };
        if (update.Value.RoundTrip is { } roundTrip)
        {
            var risk = step.State.Risk;
            step.State = step.State with { Risk = risk with { ConsecutiveLosses = roundTrip.Net(fee) < 0m ? risk.ConsecutiveLosses + 1 : 0 } };
        }
    }

    private static void ApplyFlattenFill(Step step, FlattenState flatten, ExchangeFill fill, decimal fee)
    {
        var quantity = Math.Min(fill.Quantity, flatten.RemainingQuantity);
        if (quantity <= 0m)
        {
            return;
        }

        var applied = FlattenPlanner.ApplyFill(flatten, quantity, fill.Price, fee);
        if (applied.IsSuccess)
        {
            step.State = step.State with { Flatten = applied.Value };
        }
        else
        {
            step.Notify($"flatten fill {fill.TradeId}: {applied.Error.Message}");
        }
    }

    /// <summary>The cursor only moves forward; fills already applied keep their place by trade id.</summary>
    private static BotRejection? AdvanceFillCursor(Step step, long untilMs)
    {
        step.State = step.State with { FillCursorMs = Math.Max(step.State.FillCursorMs, untilMs) };
        return null;
    }

    /// <summary>
    /// A fill's fee in quote: as charged in quote, at the fill price when charged in base, at the venue's price of the
    /// asset (read once per tick) when charged in a third asset such as BNB; null when that price is not known.
    /// </summary>
    private static decimal? FeeInQuote(ExchangeFill fill, Symbol symbol, IReadOnlyDictionary<string, decimal>? prices) =>
        fill.Fee.Amount == 0m || fill.Fee.Asset == symbol.QuoteAsset ? fill.Fee.Amount
        : fill.Fee.Asset == symbol.BaseAsset ? fill.Fee.Amount * fill.Price
        : prices is not null && prices.TryGetValue(fill.Fee.Asset, out var price) && price > 0m ? fill.Fee.Amount * price
        : null;

    private static List<CashAmount> AddFee(IReadOnlyList<CashAmount>? fees, CashAmount fee)
    {
        var list = fees?.ToList() ?? [];
        var index = list.FindIndex(f => f.Asset == fee.Asset);
        if (index < 0)
        {
            list.Add(fee);
        }
        else
        {
            list[index] = list[index] with { Amount = list[index].Amount + fee.Amount };
        }

        return list;
    }
}
