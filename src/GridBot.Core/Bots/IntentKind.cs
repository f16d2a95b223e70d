namespace GridBot.Core.Bots;

public enum IntentKind
{
    /// <summary>A grid level's limit order.</summary>
    Grid,
    /// <summary>The market buy of the base the grid's sells need.</summary>
    StartBuy,
    /// <summary>A market order closing the position during a flatten.</summary>
    Flatten,
}
