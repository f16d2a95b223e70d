using GridBot.Core.Bots;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>The registry row for a bot's state: what it trades and its status (written when the status changes).</summary>
public static class BotRegistration
{
    public static BotInfo Of(BotState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var c = state.Config;
        return new BotInfo(state.BotId, c.Venue, c.Market, c.Rules.Symbol.Name, state.Status.ToString(), state.CreatedMs, state.UpdatedMs);
    }
}
