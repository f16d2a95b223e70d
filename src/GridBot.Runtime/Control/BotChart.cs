namespace GridBot.Runtime.Control;

/// <summary>
/// What the dashboard draws for one bot: its grid level prices (ascending), its fills, the last price it knows and a
/// price series over [<see cref="FromMs"/>, <see cref="ToMs"/>). <see cref="Bars"/> is empty when the bar store holds
/// none for the bot's series (the chart then shows levels and fills only); <see cref="BarsDetail"/> says why when the
/// store could not be read. <see cref="BarInterval"/> is the width of one point after down-sampling (<c>1m</c>,
/// <c>5m</c>, …). <see cref="FillsTruncated"/> is true when fills in the window were left out.
/// </summary>
public sealed record BotChart(
    string BotId,
    string Venue,
    string Market,
    string Symbol,
    string Status,
    IReadOnlyList<decimal> Levels,
    decimal? LastPrice,
    IReadOnlyList<ChartFill> Fills,
    bool FillsTruncated,
    string BarInterval,
    IReadOnlyList<ChartBar> Bars,
    string? BarsDetail,
    long FromMs,
    long ToMs);
