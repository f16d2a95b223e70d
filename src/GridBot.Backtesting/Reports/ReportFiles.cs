namespace GridBot.Backtesting.Reports;

/// <summary>The files one report wrote: the HTML page and the fills CSV beside it (full paths).</summary>
public sealed record ReportFiles(string HtmlPath, string FillsCsvPath);
