namespace GridBot.Core.Errors;

/// <summary>The recommended action, the error kind that drove it (null when none did), and why.</summary>
public sealed record RecoveryRecommendation(RecoveryAction Action, ErrorKind? Cause, string Reason);
