using GridBot.Core.Bots.Effects;
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

        var feeInQuote = FeeInQuote(fill, s.Config.Rules.Symbol);
        var applied = s.Position.Apply(fill.Side, fill.Quantity, fill.Price, feeInQuote);
        var losses = applied.ClosedQuantity == 0m ? s.Risk.ConsecutiveLosses
            : applied.RealizedPnl - feeInQuote < 0m ? s.Risk.ConsecutiveLosses + 1 : 0;
        step.State = s with
        {
            Position = applied.Position,
            RecentTradeIds = [.. s.RecentTradeIds.TakeLast(BotState.TradeIdMemory - 1), fill.TradeId],
            FillCursorMs = Math.Max(s.FillCursorMs, fill.TimeMs),
            Counters = s.Counters with { Fills = s.Counters.Fills + 1 },
            Risk = s.Risk with { ConsecutiveLosses = losses, LastPrice = fill.Price },
        };
        step.Effects.Add(new PublishFill(s.BotId, fill));
        if (step.State.Intent(fill.ClientOrderId) is not { } intent)
        {
            step.Notify($"fill {fill.TradeId} for an order this bot does not track ({fill.ClientOrderId}); position updated");
            CheckSafety(step, fill.Price);
            return null;
        }

        step.UpdateIntent(intent, i => i.Filled + fill.Quantity >= i.Quantity ? null : i with { Filled = i.Filled + fill.Quantity });
        if (intent.Kind == IntentKind.Grid && step.State.Grid is { } grid)
        {
            var update = GridEngine.OnFill(grid, intent.Level, intent.Side, Math.Min(fill.Quantity, grid.OrderAt(intent.Level)?.Remaining ?? 0m));
            if (update.IsSuccess)
            {
                step.State = step.State with { Grid = update.Value.State };
            }
            else
            {
                step.Notify($"fill {fill.TradeId} does not match the grid ({update.Error.Message}); position updated");
            }
        }

        CheckSafety(step, fill.Price);
        return null;
    }

    /// <summary>The cursor only moves forward; fills already applied keep their place by trade id.</summary>
    private static BotRejection? AdvanceFillCursor(Step step, long untilMs)
    {
        step.State = step.State with { FillCursorMs = Math.Max(step.State.FillCursorMs, untilMs) };
        return null;
    }

    /// <summary>Fees in quote as charged, or converted at the fill price when charged in base; other assets count as 0 here.</summary>
    private static decimal FeeInQuote(ExchangeFill fill, Symbol symbol) =>
        fill.Fee.Asset == symbol.QuoteAsset ? fill.Fee.Amount
        : fill.Fee.Asset == symbol.BaseAsset ? fill.Fee.Amount * fill.Price
        : 0m;
}
