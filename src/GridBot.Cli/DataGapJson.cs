namespace GridBot.Cli;

/// <summary>One hole in a stored series: open times [<see cref="From"/>, <see cref="To"/>) (UTC) where <see cref="Bars"/> bars are missing.</summary>
public sealed record DataGapJson(string From, string To, long Bars);
