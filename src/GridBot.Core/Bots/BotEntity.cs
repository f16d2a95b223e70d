using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Grid;
using GridBot.Core.Positions;

namespace GridBot.Core.Bots;

/// <summary>
/// The bot as a pure state machine (DESIGN.md section 4): <c>Decide(state, op, view) → (next, effects)</c>. No I/O,
/// no clock: the time comes in the view. The runtime saves the next state before it runs the effects (the outbox
/// rule), so every order is in saved state before it is sent, and after any crash the next Tick reconciles.
/// Every accepted decision ends by converging the grid's desired orders with the live intents.
/// </summary>
public static partial class BotEntity
{
    public static BotDecision Decide(BotState? state, BotOperation op, MarketView view)
    {
        Guard.NotNull(op);
        Guard.NotNull(view);
        if (state is null)
        {
            return op is CreateBot create ? Create(create.Config, view.NowMs) : new BotDecision(null, [], new BotRejection(BotRejectionReason.NotFound, "the bot does not exist: create it first"));
        }

        var step = new Step(state with { UpdatedMs = Math.Max(state.UpdatedMs, view.NowMs) }, view, op);
        var rejection = op switch
        {
            CreateBot => new BotRejection(BotRejectionReason.AlreadyExists, $"bot '{state.BotId}' already exists"),
            StartBot => Start(step),
            PauseBot p => Pause(step, p.Reason),
            ResumeBot => Resume(step),
            StopBot => Stop(step),
            FlattenBot f => BeginFlatten(step, f.Reason),
            EmergencyStopBot e => EmergencyStop(step, e.Reason),
            ClearManualResume => ClearManual(step),
            UpdateLimits u => UpdateRiskLimits(step, u),
            Tick => OnTick(step),
            OrderAccepted a => OnAccepted(step, a.Order),
            OrderRejected r => OnRejected(step, r.ClientOrderId, r.Error),
            OrderCanceled c => OnCanceled(step, c.ClientOrderId),
            FillObserved f => OnFill(step, f.Fill),
            FillsReadThrough r => AdvanceFillCursor(step, r.UntilMs),
            _ => new BotRejection(BotRejectionReason.UnknownOperation, $"unknown operation {op.GetType().Name}"),
        };
        if (rejection is not null)
        {
            return new BotDecision(state, [], rejection);
        }

        Converge(step);
        return new BotDecision(step.State, step.Effects);
    }

    private static BotDecision Create(BotConfig config, long nowMs)
    {
        if (!ClientOrderIds.IsValidBotId(config.BotId))
        {
            return Invalid($"bot id '{config.BotId}' must be 1–{ClientOrderIds.MaxBotIdLength} characters of [a-zA-Z0-9_]");
        }

        var layout = GridLayout.Create(config.Spec, config.Rules);
        if (!layout.IsSuccess)
        {
            return Invalid(layout.Error.Message);
        }

        if (config.Rules.Symbol is null || config.Capital <= 0m)
        {
            return Invalid("capital must be > 0");
        }

        var state = new BotState(
            config,
            BotStatus.Created,
            StatusReason: null,
            Grid: null,
            new Position(config.Rules.Symbol),
            Intents: [],
            NextSeq: 1,
            NeedsRestart: false,
            RecentTradeIds: [],
            FillCursorMs: nowMs,
            new BotCounters(),
            new BotRisk(config.Capital, config.Capital, Day(nowMs)),
            CreatedMs: nowMs,
            UpdatedMs: nowMs);
        return new BotDecision(state, [new Notify(config.BotId, $"bot {config.BotId} created for {config.Rules.Symbol} on {config.Venue} {config.Market}")]);
    }

    private static BotDecision Invalid(string detail) => new(null, [], new BotRejection(BotRejectionReason.InvalidConfig, detail));

    private static BotRejection Illegal(string detail) => new(BotRejectionReason.IllegalTransition, detail);

    internal static long Day(long ms) => Math.DivRem(ms, 86_400_000L).Quotient;

    /// <summary>The state and effects of one decision, built up by the handlers.</summary>
    private sealed class Step(BotState state, MarketView view, BotOperation operation)
    {
        public BotState State { get; set; } = state;

        public MarketView View { get; } = view;

        public BotOperation Operation { get; } = operation;

        public List<BotEffect> Effects { get; } = [];

        public void Notify(string text) => Effects.Add(new Notify(State.BotId, text));

        public void SetStatus(BotStatus status, string? reason)
        {
            if (State.Status != status)
            {
                Notify($"bot {State.BotId}: {State.Status} → {status}{(reason is null ? string.Empty : $" ({reason})")}");
            }

            // Entering a flatten starts a new one: the last one's record is dropped here, not when it finished.
            State = State with { Status = status, StatusReason = reason, Flatten = status == BotStatus.Flattening && State.Status != status ? null : State.Flatten };
        }

        /// <summary>Replaces or (null) removes an intent; a closing order's removal tells the flatten planner it ended.</summary>
        public void UpdateIntent(OrderIntent intent, Func<OrderIntent, OrderIntent?> change)
        {
            var next = change(intent);
            State = State with
            {
                Intents = next is null
                    ? State.Intents.Where(i => i.ClientOrderId != intent.ClientOrderId).ToList()
                    : State.Intents.Select(i => i.ClientOrderId == intent.ClientOrderId ? next : i).ToList(),
            };
            if (next is null && intent.Kind == IntentKind.Flatten && State.Flatten is { } flatten)
            {
                State = State with { Flatten = Flatten.FlattenPlanner.OrderClosed(flatten) };
            }
        }
    }
}
