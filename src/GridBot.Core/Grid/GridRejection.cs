namespace GridBot.Core.Grid;

public enum GridRejection
{
    NonPositiveBound,
    LowerNotBelowUpper,
    TooFewLevels,
    LevelsOnSameTick,
    LevelBreaksSymbolRules,
    InvalidTrigger,
}
