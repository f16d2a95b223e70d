namespace GridBot.Core.Bots.Effects;

public sealed record Notify(string BotId, string Text) : BotEffect;
