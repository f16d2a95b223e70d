namespace GridBot.Core.Grid;

public enum GridRejection
{
    NonPositiveBound,
    LowerNotBelowUpper,
    TooFewLevels,
    LevelsOnSameTick,
    LevelBreaksSymbolRules,
    InvalidTrigger,
    /// <summary>The grid keeps more orders open than the venue allows per symbol (Binance MAX_NUM_ORDERS).</summary>
    TooManyOpenOrders,
    /// <summary>Trailing is on with a shift limit outside 1..<see cref="GridLayout.MaxTrailShifts"/>.</summary>
    InvalidTrailing,
}
