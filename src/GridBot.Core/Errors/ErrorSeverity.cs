namespace GridBot.Core.Errors;

/// <summary>How much an error threatens the bot. Ordered: a higher value is more severe.</summary>
public enum ErrorSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
