namespace GridBot.Core.Errors;

/// <summary>Whether trading may continue, with the named reason and a human-readable detail.</summary>
public sealed record TradingDecision(bool ContinueTrading, TradingHaltReason Reason, string Detail)
{
    public static readonly TradingDecision Continue = new(true, TradingHaltReason.None, "no error threshold reached");

    public static TradingDecision Halt(TradingHaltReason reason, string detail) => new(false, reason, detail);
}
