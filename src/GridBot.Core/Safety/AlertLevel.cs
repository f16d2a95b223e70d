namespace GridBot.Core.Safety;

/// <summary>Severity of a safety event or alert, ordered: a larger value is more severe.</summary>
public enum AlertLevel
{
    Info = 0,
    Warning = 1,
    Critical = 2,
    Emergency = 3,
}
