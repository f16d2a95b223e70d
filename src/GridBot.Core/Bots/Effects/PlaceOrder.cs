using GridBot.Core.Ports;

namespace GridBot.Core.Bots.Effects;

public sealed record PlaceOrder(OrderRequest Request) : BotEffect;
