namespace GridBot.Core.Bots;

/// <summary>Lifetime counts. <see cref="Orders"/> counts distinct placements (re-sends of one intent are not new orders).</summary>
public sealed record BotCounters(int Orders = 0, int Cancels = 0, int Fills = 0, int Rejections = 0, int SafetyActions = 0, int Resends = 0);
