using System.Collections.Concurrent;
using System.Diagnostics;
using GridBot.Backtesting.Kernel;
using GridBot.Core.Common;

namespace GridBot.Backtesting.Sweeps;

/// <summary>Runs many grid settings over the same prepared bars on all cores and ranks them.</summary>
public static class Sweeper
{
    public static SweepResult Run(
        PreparedBars bars,
        SweepRequest request,
        SweepRank rankBy = SweepRank.Return,
        int top = 10,
        IProgress<int>? progress = null,
        int? threads = null,
        CancellationToken ct = default)
    {
        Guard.NotNull(bars);
        Guard.NotNull(request);
        Guard.Positive(top);
        Guard.That(bars.TickSize == request.Rules.TickSize, "bars must be prepared for the sweep's tick size");
        var expanded = request.Expand();
        var specs = expanded.Specs;
        var kpis = new BacktestKpis?[specs.Count];
        var skipped = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var done = 0;
        var degree = threads ?? Environment.ProcessorCount;
        var started = Stopwatch.GetTimestamp();
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = ct };
        Parallel.For(0, specs.Count, options, i =>
        {
            var config = new BacktestConfig(specs[i], request.Rules, request.Capital, request.Fees, request.SlippageBps);
            var result = Backtester.Run(bars, config);
            if (result.IsSuccess)
            {
                kpis[i] = result.Value.Kpis;
            }
            else
            {
                skipped.AddOrUpdate(result.Error.Code, 1, (_, n) => n + 1);
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var ranked = Enumerable.Range(0, specs.Count)
            .Where(i => kpis[i] is not null)
            .OrderByDescending(i => Score(kpis[i]!, rankBy))
            .ThenBy(i => i)
            .Take(top)
            .Select((i, rank) => new SweepEntry(rank + 1, specs[i], kpis[i]!))
            .ToList();
        var evaluated = kpis.Count(k => k is not null);
        return new SweepResult(
            ranked,
            specs.Count,
            evaluated,
            specs.Count - evaluated,
            skipped.ToDictionary(StringComparer.Ordinal),
            rankBy,
            degree,
            elapsed,
            elapsed > 0 ? (double)evaluated * bars.Count / (elapsed / 1000.0) : 0,
            expanded.InvalidTriggers);
    }

    public static double Score(BacktestKpis kpis, SweepRank rank) => rank switch
    {
        SweepRank.Sharpe => kpis.Sharpe,
        SweepRank.Calmar => kpis.Calmar,
        _ => (double)kpis.ReturnPct,
    };
}
