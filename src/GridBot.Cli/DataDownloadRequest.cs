using GridBot.Core.Ports;

namespace GridBot.Cli;

/// <summary>A checked <c>gridbot data download</c>: the series, open times [<see cref="FromMs"/>, <see cref="ToMs"/>), where to store and ask.</summary>
internal sealed record DataDownloadRequest(BarSeries Series, long FromMs, long ToMs, string Root, Uri BaseUrl, bool Json);
