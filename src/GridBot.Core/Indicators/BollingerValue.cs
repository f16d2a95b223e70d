namespace GridBot.Core.Indicators;

/// <summary>
/// Bollinger bands: <see cref="Middle"/> is the SMA, <see cref="StdDev"/> the population standard deviation (divide
/// by N, as StockCharts does), Upper/Lower = Middle ± multiplier·StdDev. Price units.
/// </summary>
public readonly record struct BollingerValue(double Middle, double Upper, double Lower, double StdDev);
