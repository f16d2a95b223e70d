namespace GridBot.Core.Flatten;

public enum FlattenStatus
{
    Active,
    /// <summary>The whole quantity is filled. The bot still needs a manual resume.</summary>
    Completed,
}
