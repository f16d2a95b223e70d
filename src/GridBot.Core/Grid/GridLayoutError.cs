namespace GridBot.Core.Grid;

public sealed record GridLayoutError(GridRejection Rejection, string Message)
{
    public override string ToString() => $"{Rejection}: {Message}";
}
