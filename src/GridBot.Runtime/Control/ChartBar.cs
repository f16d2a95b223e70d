namespace GridBot.Runtime.Control;

/// <summary>One point of the chart's price series: a bar (or several merged) opening at <see cref="TimeMs"/>.</summary>
public sealed record ChartBar(long TimeMs, decimal Open, decimal High, decimal Low, decimal Close);
