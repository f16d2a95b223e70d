using System.Runtime.CompilerServices;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// Drawdown and daily Sharpe from equity marked at each bar close. The starting capital is the first peak and the
/// opening value of the first day; a day's return runs from the last mark of the previous UTC day to its own last
/// mark. Shared by the backtest kernel and the paper runtime so both report the same figures the same way.
/// </summary>
public struct EquityTracker
{
    private const double DaysPerYear = 365.0;
    private double _peak;
    private double _floor;
    private int _day;
    private double _dayOpen;
    private double _last;
    private Welford _returns;

    public EquityTracker(double startingCapital, int firstDay)
    {
        _peak = _floor = _dayOpen = _last = startingCapital;
        _day = firstDay;
    }

    /// <summary>Largest peak-to-trough fall so far, as a fraction of the peak.</summary>
    public double MaxDrawdown { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int day, double equity)
    {
        if (day != _day)
        {
            _returns.Add((_last / _dayOpen) - 1.0);
            _dayOpen = _last;
            _day = day;
        }

        if (equity > _peak)
        {
            _peak = equity;
            _floor = equity * (1.0 - MaxDrawdown);
        }
        else if (equity < _floor)
        {
            MaxDrawdown = 1.0 - (equity / _peak);
            _floor = equity;
        }

        _last = equity;
    }

    /// <summary>Annualised (√365) Sharpe of the daily returns, counting the last, possibly partial, day.</summary>
    public readonly double Sharpe()
    {
        var returns = _returns;
        returns.Add((_last / _dayOpen) - 1.0);
        return returns.Sharpe(DaysPerYear);
    }

    public static int DayOf(long openTimeMs) => checked((int)Math.Floor(openTimeMs / 86_400_000.0));
}
