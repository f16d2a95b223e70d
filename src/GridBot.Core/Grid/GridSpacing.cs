namespace GridBot.Core.Grid;

public enum GridSpacing
{
    /// <summary><c>p_i = lower + i·(upper−lower)/(count−1)</c>.</summary>
    Arithmetic,
    /// <summary><c>p_i = lower·(upper/lower)^(i/(count−1))</c>.</summary>
    Geometric,
}
