namespace GridBot.Backtesting.Reports;

/// <summary>A legend entry: <see cref="Swatch"/> draws the sample mark centred on (x, y).</summary>
internal sealed record LegendItem(string Label, Func<double, double, string> Swatch);
