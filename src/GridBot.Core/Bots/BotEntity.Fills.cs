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
        var baseFee = fill.Fee.Asset == s.Config.Rules.Symbol.BaseAsset ? fill.Fee.Amount : 0m;
        var applied = ApplyToPosition(s.Position, fill, baseFee, fee ?? 0m);
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
                ApplyGridFill(step, intent, fill, fee ?? 0m, baseFee);
                break;
            case IntentKind.StartBuy when step.State.Grid is { } grid:
                // The start-up buy is the first leg of the first sells' round trips: its fee travels with them. Once it
                // is done, sells the account cannot cover (a fee taken in base credited less) are cut from the top.
                grid = GridEngine.CarryStartFee(grid, fee ?? 0m);
                if (step.State.Intent(intent.ClientOrderId) is null)
                {
                    grid = GridEngine.ShrinkSells(grid, grid.BaseForSells - Math.Max(0m, step.State.Position.Quantity));
                }

                step.State = step.State with { Grid = grid };
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
    private static void ApplyGridFill(Step step, OrderIntent intent, ExchangeFill fill, decimal fee, decimal baseFee)
    {
        if (step.State.Grid is not { } grid)
        {
            return;
        }

        var update = GridEngine.OnFill(grid, intent.Level, intent.Side, Math.Min(fill.Quantity, grid.OrderAt(intent.Level)?.Remaining ?? 0m), fee, baseFee);
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

    /// <summary>
    /// What the fill did to the position, in what the venue credited: a fee taken in base leaves a buy's quantity less
    /// the fee (at the fill price, the fee counted as a fee), and takes a sell's fee out of the base on top of what it
    /// sold (counted as sold at the price, with the fee as a fee: the equity change is exactly the fee's value).
    /// </summary>
    private static Positions.PositionFill ApplyToPosition(Positions.Position position, ExchangeFill fill, decimal baseFee, decimal feeInQuote)
    {
        var quantity = fill.Side == OrderSide.Buy ? fill.Quantity - baseFee : fill.Quantity + baseFee;
        return quantity > 0m
            ? position.Apply(fill.Side, quantity, fill.Price, feeInQuote)
            : new Positions.PositionFill(position with { FeesPaid = position.FeesPaid + feeInQuote }, 0m, 0m);
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
