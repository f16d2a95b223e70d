using GridBot.Core.Common;

namespace GridBot.Core.Indicators;

/// <summary>
/// Exponential moving average with k = 2 / (period + 1): EMA = (value − prevEMA)·k + prevEMA.
/// Seeded, as StockCharts does, with the SMA of the first <see cref="Period"/> values, so the first value appears at
/// index period − 1 and equals that SMA. (TradingView's <c>ta.ema</c> seeds with the first value instead; the two
/// converge but differ early on — the bot uses the SMA seed everywhere.)
/// Streaming, no allocation per update. Not thread-safe: one instance per series.
/// </summary>
public sealed class Ema
{
    private readonly double _k;
    private int _count;
    private double _seedSum;

    public Ema(int period)
    {
        Period = Guard.Positive(period);
        _k = 2.0 / (period + 1);
    }

    public int Period { get; }

    public double? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    public double? Update(double value)
    {
        Guard.That(double.IsFinite(value), "value must be finite");
        if (Current is { } previous)
        {
            Current = ((value - previous) * _k) + previous;
            return Current;
        }

        _count++;
        _seedSum += value;
        if (_count == Period)
        {
            Current = _seedSum / Period;
        }

        return Current;
    }

    public void Reset()
    {
        _count = 0;
        _seedSum = 0.0;
        Current = null;
    }
}
