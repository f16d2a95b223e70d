using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// Bars converted once for a tick size, shared read-only by every run (and every sweep thread) on that tick.
/// </summary>
public sealed class PreparedBars
{
    private PreparedBars(IReadOnlyList<Bar> bars, decimal tickSize, KernelBar[] kernelBars)
    {
        Bars = bars;
        TickSize = tickSize;
        Kernel = kernelBars;
    }

    public IReadOnlyList<Bar> Bars { get; }

    public decimal TickSize { get; }

    public int Count => Kernel.Length;

    internal KernelBar[] Kernel { get; }

    public static PreparedBars Prepare(IReadOnlyList<Bar> bars, decimal tickSize)
    {
        Guard.NotNull(bars);
        Guard.Positive(tickSize);
        Guard.That(bars.Count > 0, "a backtest needs at least one bar");
        var kernel = new KernelBar[bars.Count];
        for (var i = 0; i < kernel.Length; i++)
        {
            var bar = bars[i];
            kernel[i] = new KernelBar
            {
                OpenFloor = Floor(bar.Open, tickSize),
                OpenCeil = Ceil(bar.Open, tickSize),
                HighFloor = Floor(bar.High, tickSize),
                LowCeil = Ceil(bar.Low, tickSize),
                CloseFloor = Floor(bar.Close, tickSize),
                CloseCeil = Ceil(bar.Close, tickSize),
                Close = (double)bar.Close,
                Day = EquityTracker.DayOf(bar.OpenTimeMs),
                Bullish = bar.Close >= bar.Open ? 1 : 0,
            };
        }

        return new PreparedBars(bars, tickSize, kernel);
    }

    private static long Floor(decimal price, decimal tick) => (long)decimal.Floor(price / tick);

    private static long Ceil(decimal price, decimal tick) => (long)decimal.Ceiling(price / tick);
}
