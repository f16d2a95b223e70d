namespace GridBot.Core.Grid;

public enum GridSignal
{
    None,
    TrailedUp,
    TrailedDown,
    /// <summary>Price reached the stop-loss trigger: the owner should flatten.</summary>
    StopLossTriggered,
    /// <summary>Price reached the take-profit trigger: the owner should flatten.</summary>
    TakeProfitTriggered,
}
