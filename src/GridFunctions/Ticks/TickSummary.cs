namespace GridFunctions.Ticks;

/// <summary>What one <c>TickTimer</c> run did, per ticking bot.</summary>
public sealed record TickSummary(IReadOnlyList<TickResult> Bots)
{
    public IReadOnlyList<string> Started => Of(TickOutcome.Started);

    /// <summary>Bots whose previous tick was still pending or running: nothing was started for them.</summary>
    public IReadOnlyList<string> Skipped => Of(TickOutcome.Skipped);

    public IReadOnlyList<string> Failed => Of(TickOutcome.Failed);

    /// <summary>Throws naming every bot whose tick could not be started (the others were started).</summary>
    public void EnsureSucceeded()
    {
        var failed = Bots.Where(b => b.Outcome == TickOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            throw new TickFailedException($"{failed.Count} of {Bots.Count} ticks could not be started: {string.Join("; ", failed.Select(f => $"{f.BotId}: {f.Error}"))}");
        }
    }

    private List<string> Of(TickOutcome outcome) => [.. Bots.Where(b => b.Outcome == outcome).Select(b => b.BotId)];
}
