using GridBot.Core.Market;

namespace GridBot.Cli;

/// <summary>Bars ready to run, with where they came from and whether they are simulated.</summary>
public sealed record BarSet(string Source, Bar[] Bars, TimeSpan Interval, bool Simulated, int Gaps, string? Warning);
