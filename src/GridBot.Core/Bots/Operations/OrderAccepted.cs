using GridBot.Core.Ports;

namespace GridBot.Core.Bots.Operations;

/// <summary>The venue confirmed a placement.</summary>
public sealed record OrderAccepted(ExchangeOrder Order) : BotOperation;
