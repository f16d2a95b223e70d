using GridBot.Core.Bots;

namespace GridBot.Core.Bots.Operations;

/// <summary>Creates the bot (state must not exist yet).</summary>
public sealed record CreateBot(BotConfig Config) : BotOperation;
