namespace GridBot.Core.Flatten;

/// <summary>The state after handing out <see cref="Instruction"/>; persist it before acting on the instruction.</summary>
public sealed record FlattenStep(FlattenState State, FlattenInstruction Instruction);
