namespace GridBot.Backtesting.Reports;

/// <summary>One date label on the time axis: the first bar at or after a round UTC time.</summary>
internal readonly record struct TimeTick(int BarIndex, string Label);
