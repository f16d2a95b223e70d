namespace GridBot.Backtesting.Reports;

/// <summary>One point of a downsampled series, at its bar index.</summary>
internal readonly record struct SeriesPoint(int Index, double Value);
