namespace GridBot.Core.Sizing;

public enum RoundingDirection
{
    Down,
    Up,
    /// <summary>To the nearest increment; an exact midpoint goes away from zero.</summary>
    Nearest,
}
