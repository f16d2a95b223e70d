using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>A registry row: what a bot trades and its lifecycle status, for listing without loading full state.</summary>
public sealed record BotInfo(string BotId, Venue Venue, MarketType Market, string Symbol, string Status, long CreatedMs, long UpdatedMs);
