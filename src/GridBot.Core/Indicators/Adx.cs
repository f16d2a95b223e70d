using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Indicators;

/// <summary>
/// Wilder's Average Directional Index. From bar 1 on: +DM/−DM and TR against the previous bar; their first smoothed
/// values are the SUM of bars 1..period, then X = X − X/period + current. +DI/−DI = 100·DM/TR and
/// DX = 100·|+DI − −DI| / (+DI + −DI) from bar <c>period</c>; the first ADX is the mean of the first
/// <c>period</c> DX values, at bar index 2·period − 1 (27 for 14); then ADX = (prev·(period − 1) + DX) / period.
/// A zero true-range sum gives DI = 0, and DI sum 0 gives DX = 0 (a flat market has no trend).
/// Streaming, no allocation per update. Not thread-safe: one instance per series.
/// </summary>
public sealed class Adx
{
    private int _bars;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private double _trSmoothed;
    private double _plusDmSmoothed;
    private double _minusDmSmoothed;
    private double _dxSeedSum;

    public Adx(int period = 14)
    {
        Period = Guard.Positive(period);
    }

    public int Period { get; }

    public AdxValue? Current { get; private set; }

    public bool IsReady => Current.HasValue;

    /// <summary>+DI of the last bar, available from bar index <see cref="Period"/>.</summary>
    public double? PlusDi { get; private set; }

    /// <summary>−DI of the last bar, available from bar index <see cref="Period"/>.</summary>
    public double? MinusDi { get; private set; }

    /// <summary>DX of the last bar, available from bar index <see cref="Period"/>.</summary>
    public double? Dx { get; private set; }

    public AdxValue? Update(Bar bar) => Update((double)bar.High, (double)bar.Low, (double)bar.Close);

    public AdxValue? Update(double high, double low, double close)
    {
        Atr.CheckBar(high, low, close);
        var index = _bars++;
        if (index > 0)
        {
            Accumulate(index, high, low);
        }

        _previousHigh = high;
        _previousLow = low;
        _previousClose = close;
        if (index < Period)
        {
            return null;
        }

        var (plusDi, minusDi, dx) = Directional();
        PlusDi = plusDi;
        MinusDi = minusDi;
        Dx = dx;
        Current = NextAdx(index, dx) is { } adx ? new AdxValue(adx, plusDi, minusDi) : null;
        return Current;
    }

    public void Reset()
    {
        _bars = 0;
        _previousHigh = _previousLow = _previousClose = 0.0;
        _trSmoothed = _plusDmSmoothed = _minusDmSmoothed = 0.0;
        _dxSeedSum = 0.0;
        PlusDi = MinusDi = Dx = null;
        Current = null;
    }

    private void Accumulate(int index, double high, double low)
    {
        var tr = Atr.TrueRange(high, low, _previousClose);
        var up = high - _previousHigh;
        var down = _previousLow - low;
        var plusDm = up > down && up > 0.0 ? up : 0.0;
        var minusDm = down > up && down > 0.0 ? down : 0.0;
        if (index > Period)
        {
            _trSmoothed -= _trSmoothed / Period;
            _plusDmSmoothed -= _plusDmSmoothed / Period;
            _minusDmSmoothed -= _minusDmSmoothed / Period;
        }

        _trSmoothed += tr;
        _plusDmSmoothed += plusDm;
        _minusDmSmoothed += minusDm;
    }

    private (double PlusDi, double MinusDi, double Dx) Directional()
    {
        var plusDi = _trSmoothed > 0.0 ? 100.0 * _plusDmSmoothed / _trSmoothed : 0.0;
        var minusDi = _trSmoothed > 0.0 ? 100.0 * _minusDmSmoothed / _trSmoothed : 0.0;
        var diSum = plusDi + minusDi;
        var dx = diSum > 0.0 ? 100.0 * Math.Abs(plusDi - minusDi) / diSum : 0.0;
        return (plusDi, minusDi, dx);
    }

    private double? NextAdx(int index, double dx)
    {
        if (Current is { } previous)
        {
            return ((previous.Adx * (Period - 1)) + dx) / Period;
        }

        _dxSeedSum += dx;
        return index == (2 * Period) - 1 ? _dxSeedSum / Period : null;
    }
}
