namespace GridBot.Cli;

/// <summary>One stored series in <c>gridbot data show --json</c>: first and last open times (UTC) and the bar count.</summary>
public sealed record DataSeriesJson(string Venue, string Market, string Symbol, string Interval, string First, string Last, long Bars);
