namespace GridBot.Core.Ports;

/// <summary>What a store holds for one series: the first and last open times (UTC ms) and how many bars.</summary>
public sealed record BarSeriesInfo(BarSeries Series, long FirstOpenTimeMs, long LastOpenTimeMs, long BarCount);
