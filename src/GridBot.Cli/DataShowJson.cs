namespace GridBot.Cli;

/// <summary><c>gridbot data show --json</c>: every series stored under the root.</summary>
public sealed record DataShowJson(string Root, IReadOnlyList<DataSeriesJson> Series);
