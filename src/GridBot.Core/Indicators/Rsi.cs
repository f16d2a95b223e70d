using GridBot.Core.Common;

namespace GridBot.Core.Indicators;

/// <summary>
/// Wilder's RSI in [0, 100]. The first average gain/loss is the plain mean of the first <see cref="Period"/> changes,
/// then avg = (prev·(period − 1) + current) / period. First value after period + 1 closes (index period).
/// A window with no losses gives 100, one with neither gains nor losses (flat) gives 50.
/// Streaming, no allocation per update. Not thread-safe: one instance per series.
/// </summary>
public sealed class Rsi
{
    private int _closes;
    private double _previousClose;
    private double _gainSum;
    private double _lossSum;

    public Rsi(int period = 14)
    {
        Period = Guard.Positive(period);
    }

    public int Period { get; }

    public double? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    public double? AverageGain { get; private set; }

    public double? AverageLoss { get; private set; }

    public double? Update(double close)
    {
        Guard.That(double.IsFinite(close), "close must be finite");
        _closes++;
        var change = close - _previousClose;
        _previousClose = close;
        if (_closes == 1)
        {
            return null;
        }

        var gain = Math.Max(change, 0.0);
        var loss = Math.Max(-change, 0.0);
        if (AverageGain is { } avgGain && AverageLoss is { } avgLoss)
        {
            AverageGain = ((avgGain * (Period - 1)) + gain) / Period;
            AverageLoss = ((avgLoss * (Period - 1)) + loss) / Period;
        }
        else
        {
            _gainSum += gain;
            _lossSum += loss;
            if (_closes - 1 < Period)
            {
                return null;
            }

            AverageGain = _gainSum / Period;
            AverageLoss = _lossSum / Period;
        }

        Current = FromAverages(AverageGain.Value, AverageLoss.Value);
        return Current;
    }

    public void Reset()
    {
        _closes = 0;
        _previousClose = 0.0;
        _gainSum = 0.0;
        _lossSum = 0.0;
        AverageGain = null;
        AverageLoss = null;
        Current = null;
    }

    private static double FromAverages(double avgGain, double avgLoss)
    {
        if (avgLoss == 0.0)
        {
            return avgGain == 0.0 ? 50.0 : 100.0;
        }

        return 100.0 - (100.0 / (1.0 + (avgGain / avgLoss)));
    }
}
