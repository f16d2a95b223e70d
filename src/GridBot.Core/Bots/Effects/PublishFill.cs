using GridBot.Core.Ports;

namespace GridBot.Core.Bots.Effects;

/// <summary>Fan the fill out to the safety and flatten handlers (and the ledger).</summary>
public sealed record PublishFill(string BotId, ExchangeFill Fill) : BotEffect;
