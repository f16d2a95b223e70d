using GridBot.Runtime.MarketData;
using Microsoft.Azure.Functions.Worker;

namespace GridFunctions.Timers;

/// <summary>
/// Yesterday's 1m bars of every traded series into the bar store, daily (<c>DailyBars:Schedule</c>, 00:05 UTC in the
/// sample settings). A series that fails does not stop the others; the run then throws naming each failed series, so
/// the platform records the failure (the stored series stay stored, and the next run fetches only what is missing).
/// </summary>
public sealed class DailyBarsFunction(DailyBarsJob job)
{
    [Function("DailyBars")]
    public async Task RunAsync([TimerTrigger("%DailyBars:Schedule%")] TimerInfo timer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var summary = await job.RunAsync(ct).ConfigureAwait(false);
        summary.EnsureSucceeded();
    }
}
