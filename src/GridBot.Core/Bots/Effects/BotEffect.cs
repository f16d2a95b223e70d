namespace GridBot.Core.Bots.Effects;

/// <summary>What a decision asks the runtime to do, after the new state is saved, in order.</summary>
public abstract record BotEffect;
