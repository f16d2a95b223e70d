namespace GridBot.Core.Ports;

/// <summary>Open times [<see cref="FromMs"/>, <see cref="ToMs"/>) in UTC ms; in a gap plan, <see cref="Bars"/> bars are missing there.</summary>
public readonly record struct BarTimeRange(long FromMs, long ToMs, long Bars);
