namespace GridBot.Core.Bots.Operations;

/// <summary>A person has looked: RequiresManualResume or EmergencyStopped become Paused.</summary>
public sealed record ClearManualResume : BotOperation;
