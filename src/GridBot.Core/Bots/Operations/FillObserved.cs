using GridBot.Core.Ports;

namespace GridBot.Core.Bots.Operations;

/// <summary>A fill the runtime saw; idempotent by trade id.</summary>
public sealed record FillObserved(ExchangeFill Fill) : BotOperation;
