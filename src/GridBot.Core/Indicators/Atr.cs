using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Indicators;

/// <summary>
/// Wilder's Average True Range, in price units. The first true range is high − low (no previous close); the first ATR
/// is the plain mean of the first <see cref="Period"/> true ranges (index period − 1), then
/// ATR = (prevATR·(period − 1) + TR) / period.
/// Streaming, no allocation per update. Not thread-safe: one instance per series.
/// </summary>
public sealed class Atr
{
    private int _count;
    private double _previousClose;
    private double _seedSum;

    public Atr(int period = 14)
    {
        Period = Guard.Positive(period);
    }

    public int Period { get; }

    public double? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    /// <summary>The true range of the last bar, or null before the first.</summary>
    public double? LastTrueRange { get; private set; }

    /// <summary>max(high − low, |high − previousClose|, |low − previousClose|); high − low when there is no previous close.</summary>
    public static double TrueRange(double high, double low, double? previousClose)
    {
        var range = high - low;
        if (previousClose is not { } prev)
        {
            return range;
        }

        return Math.Max(range, Math.Max(Math.Abs(high - prev), Math.Abs(low - prev)));
    }

    public double? Update(Bar bar) => Update((double)bar.High, (double)bar.Low, (double)bar.Close);

    public double? Update(double high, double low, double close)
    {
        CheckBar(high, low, close);
        var tr = TrueRange(high, low, _count == 0 ? null : _previousClose);
        LastTrueRange = tr;
        _previousClose = close;
        _count++;
        if (Current is { } previous)
        {
            Current = ((previous * (Period - 1)) + tr) / Period;
            return Current;
        }

        _seedSum += tr;
        if (_count == Period)
        {
            Current = _seedSum / Period;
        }

        return Current;
    }

    public void Reset()
    {
        _count = 0;
        _previousClose = 0.0;
        _seedSum = 0.0;
        LastTrueRange = null;
        Current = null;
    }

    internal static void CheckBar(double high, double low, double close)
    {
        Guard.That(double.IsFinite(high) && double.IsFinite(low) && double.IsFinite(close), "high, low and close must be finite");
        Guard.That(high >= low, "high must not be below low");
    }
}
