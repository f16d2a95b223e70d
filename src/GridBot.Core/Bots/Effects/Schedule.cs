using GridBot.Core.Bots.Operations;

namespace GridBot.Core.Bots.Effects;

/// <summary>Deliver <see cref="Operation"/> to the bot at <see cref="AtMs"/> (UTC ms).</summary>
public sealed record Schedule(BotOperation Operation, long AtMs) : BotEffect;
