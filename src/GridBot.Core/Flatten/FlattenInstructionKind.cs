namespace GridBot.Core.Flatten;

public enum FlattenInstructionKind
{
    /// <summary>Nothing to send now; see <see cref="FlattenInstruction.WaitUntil"/> and the reason.</summary>
    Wait,
    CancelAll,
    /// <summary>Limit order, time in force IOC, at <see cref="FlattenInstruction.LimitPrice"/>.</summary>
    LimitIoc,
    Market,
    /// <summary>The flatten is complete; nothing more to send.</summary>
    Done,
}
