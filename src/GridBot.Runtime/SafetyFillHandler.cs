using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridBot.Core.Safety;

namespace GridBot.Runtime;

/// <summary>
/// The <c>fills/safety</c> subscription: after each fill, reads the bot's saved state and, when the safety monitor
/// asks for more than Continue, sends the bot the matching operation. The entity checks the same figures itself;
/// this handler is the independent second line (in Azure it runs in a different function from the entity).
/// </summary>
public sealed class SafetyFillHandler(IBotHost bots) : IFillHandler
{
    public string Name => "safety";

    public async Task HandleAsync(string botId, ExchangeFill fill, IBotBus bus, CancellationToken ct)
    {
        var state = await bots.GetStateAsync(botId, ct).ConfigureAwait(false);
        if (state is null || state.Status != BotStatus.Running)
        {
            return;
        }

        var assessment = SafetyMonitor.Assess(BotEntity.Metrics(state, fill.Price, fill.TimeMs), state.Config.Limits);
        BotOperation? op = assessment.Action switch
        {
            SafetyAction.EmergencyStop => new EmergencyStopBot($"safety handler: {Reason(assessment)}"),
            SafetyAction.Flatten => new FlattenBot($"safety handler: {Reason(assessment)}"),
            SafetyAction.Pause or SafetyAction.CancelOrders => new PauseBot($"safety handler: {Reason(assessment)}"),
            _ => null,
        };
        if (op is not null)
        {
            await bus.SendAsync(botId, op, ct).ConfigureAwait(false);
        }
    }

    private static string Reason(SafetyAssessment assessment) => string.Join("; ", assessment.Events.Select(e => e.Message));
}
