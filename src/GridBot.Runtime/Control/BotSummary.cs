using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>One row of the bot list (from the registry, without loading each bot's state).</summary>
public sealed record BotSummary(string BotId, string Venue, string Market, string Symbol, string Status, long CreatedMs, long UpdatedMs)
{
    public static BotSummary Of(BotInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new BotSummary(info.BotId, info.Venue.ToString(), info.Market.ToString(), info.Symbol, info.Status, info.CreatedMs, info.UpdatedMs);
    }
}
