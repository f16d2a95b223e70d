namespace GridBot.Core.Sizing;

public sealed record SizingViolation(SizingRejection Rejection, string Message)
{
    public override string ToString() => $"{Rejection}: {Message}";
}
