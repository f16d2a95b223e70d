using GridBot.Core.Common;

namespace GridBot.Core.Indicators;

/// <summary>
/// Simple moving average over the last <see cref="Period"/> values; null until <see cref="Period"/> values were seen.
/// Streaming, no allocation per update. Not thread-safe: one instance per series.
/// </summary>
public sealed class Sma
{
    private readonly RollingWindow _window;

    public Sma(int period)
    {
        Period = Guard.Positive(period);
        _window = new RollingWindow(period);
    }

    public int Period { get; }

    public double? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    public double? Update(double value)
    {
        Guard.That(double.IsFinite(value), "value must be finite");
        _window.Add(value);
        Current = _window.IsFull ? _window.Mean : null;
        return Current;
    }

    public void Reset()
    {
        _window.Clear();
        Current = null;
    }
}
