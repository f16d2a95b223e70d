using System.Globalization;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Sizing;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    private static BotRejection? Start(Step step)
    {
        if (step.State.Status != BotStatus.Created)
        {
            return Illegal($"cannot start a bot that is {step.State.Status}");
        }

        return StartGrid(step, "started");
    }

    /// <summary>Lays the grid at the view's price and, when it has sells, asks for a market buy of their base.</summary>
    private static BotRejection? StartGrid(Step step, string reason)
    {
        if (step.View.Price is not { } price || price <= 0m)
        {
            return new BotRejection(BotRejectionReason.NoPrice, "no price to start the grid at");
        }

        var config = step.State.Config;
        var layout = GridLayout.Create(config.Spec, config.Rules);
        if (!layout.IsSuccess)
        {
            return new BotRejection(BotRejectionReason.InvalidConfig, layout.Error.Message);
        }

        var generation = step.State.Grid is { } old ? old.Generation + 1 : 0;
        var grid = GridEngine.Start(layout.Value, price) with { Generation = generation };
        var required = (grid.BaseForSells * price * (1m + config.Fees.TakerRate)) + grid.QuoteForBuys;
        var available = step.State.Equity(price);
        if (required > available)
        {
            return new BotRejection(BotRejectionReason.InsufficientCapital, string.Create(CultureInfo.InvariantCulture,
                $"the grid needs {decimal.Round(required, 2)} {config.Rules.Symbol.QuoteAsset} at {price} but the bot has {decimal.Round(available, 2)}"));
        }

        step.State = step.State with { Grid = grid, NeedsRestart = false, Exit = GridSignal.None, ExitMs = null, Risk = step.State.Risk with { LastPrice = price } };
        var baseNeeded = Increments.FloorToStep(grid.BaseForSells - step.State.Position.Quantity, config.Rules.StepSize);
        if (baseNeeded > 0m)
        {
            AddIntent(step, IntentKind.StartBuy, -1, Market.OrderSide.Buy, Ports.OrderType.Market, null, baseNeeded);
        }

        step.SetStatus(BotStatus.Running, reason);
        return null;
    }

    private static BotRejection? Pause(Step step, string reason)
    {
        if (step.State.Status != BotStatus.Running)
        {
            return Illegal($"only a running bot can pause; this one is {step.State.Status}");
        }

        step.SetStatus(BotStatus.Paused, reason);
        return null;
    }

    private static BotRejection? Resume(Step step)
    {
        if (step.State.Status != BotStatus.Paused)
        {
            return Illegal($"only a paused bot can resume; this one is {step.State.Status}");
        }

        if (step.State.NeedsRestart || step.State.Grid is null)
        {
            return StartGrid(step, "resumed with a new grid");
        }

        step.SetStatus(BotStatus.Running, "resumed");
        return null;
    }

    private static BotRejection? Stop(Step step)
    {
        if (step.State.Status is BotStatus.Stopped or BotStatus.Flattening)
        {
            return Illegal(step.State.Status == BotStatus.Stopped ? "the bot is already stopped" : "wait for the flatten to finish, or emergency-stop");
        }

        step.SetStatus(BotStatus.Stopped, "stopped");
        return null;
    }

    private static BotRejection? BeginFlatten(Step step, string reason)
    {
        if (step.State.Status is not (BotStatus.Running or BotStatus.Paused))
        {
            return Illegal($"only a running or paused bot can flatten; this one is {step.State.Status}");
        }

        step.SetStatus(BotStatus.Flattening, reason);
        return null;
    }

    private static BotRejection? EmergencyStop(Step step, string reason)
    {
        if (step.State.Status == BotStatus.EmergencyStopped)
        {
            return Illegal("the bot is already emergency-stopped");
        }

        step.SetStatus(BotStatus.EmergencyStopped, reason);
        return null;
    }

    private static BotRejection? ClearManual(Step step)
    {
        if (step.State.Status is not (BotStatus.RequiresManualResume or BotStatus.EmergencyStopped))
        {
            return Illegal($"nothing to clear: the bot is {step.State.Status}");
        }

        step.State = step.State with { Risk = step.State.Risk with { ApiErrors = 0, ConsecutiveLosses = 0 }, Flatten = null };
        step.SetStatus(BotStatus.Paused, "cleared by an operator; resume to trade");
        return null;
    }

    private static BotRejection? UpdateRiskLimits(Step step, UpdateLimits update)
    {
        if (step.State.Status == BotStatus.Stopped)
        {
            return Illegal("the bot is stopped");
        }

        step.State = step.State with { Config = step.State.Config with { Limits = update.Limits } };
        return null;
    }
}
