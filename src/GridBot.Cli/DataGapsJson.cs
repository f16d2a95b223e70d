namespace GridBot.Cli;

/// <summary><c>gridbot data gaps --json</c>: per stored series, the missing ranges.</summary>
public sealed record DataGapsJson(string Root, IReadOnlyList<DataSeriesGapsJson> Series);
