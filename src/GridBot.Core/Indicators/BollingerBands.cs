using GridBot.Core.Common;

namespace GridBot.Core.Indicators;

/// <summary>
/// Bollinger bands over the last <see cref="Period"/> values with population standard deviation; null until
/// <see cref="Period"/> values were seen. The deviation is a pass over the window (O(period) per update) rather
/// than running sums of squares, which cancel badly at high prices. No allocation per update. Not thread-safe.
/// </summary>
public sealed class BollingerBands
{
    private readonly RollingWindow _window;

    public BollingerBands(int period = 20, double multiplier = 2.0)
    {
        Period = Guard.Positive(period);
        Multiplier = Guard.Positive(multiplier);
        _window = new RollingWindow(period);
    }

    public int Period { get; }

    public double Multiplier { get; }

    public BollingerValue? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    public BollingerValue? Update(double value)
    {
        Guard.That(double.IsFinite(value), "value must be finite");
        _window.Add(value);
        if (!_window.IsFull)
        {
            return null;
        }

        var mean = _window.Mean;
        var stdDev = Math.Sqrt(_window.PopulationVariance(mean));
        var width = Multiplier * stdDev;
        Current = new BollingerValue(mean, mean + width, mean - width, stdDev);
        return Current;
    }

    public void Reset()
    {
        _window.Clear();
        Current = null;
    }
}
