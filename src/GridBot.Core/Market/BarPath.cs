namespace GridBot.Core.Market;

/// <summary>
/// The price path assumed inside a bar (DESIGN.md section 6): open → low → high → close when close ≥ open, else
/// open → high → low → close. The move from the previous close to this open is the path's first segment.
/// Backtests and the paper exchange both walk bars this way, so they fill the same orders in the same order.
/// </summary>
public static class BarPath
{
    /// <summary>The four path points of <paramref name="bar"/>, in order.</summary>
    public static (decimal First, decimal Second, decimal Third, decimal Fourth) Points(in Bar bar) =>
        bar.Close >= bar.Open
            ? (bar.Open, bar.Low, bar.High, bar.Close)
            : (bar.Open, bar.High, bar.Low, bar.Close);

    public static decimal[] ToArray(in Bar bar)
    {
        var (a, b, c, d) = Points(bar);
        return [a, b, c, d];
    }
}
