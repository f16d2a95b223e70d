using GridBot.Core.Market;

namespace GridBot.Core.Bots.Effects;

public sealed record CancelOrder(Symbol Symbol, string ClientOrderId) : BotEffect;
