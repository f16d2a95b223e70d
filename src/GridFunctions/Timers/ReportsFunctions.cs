using GridBot.Runtime;
using GridBot.Runtime.Reporting;
using GridFunctions.Durable;
using GridFunctions.FanOut;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Timers;

/// <summary>
/// The KPI reports: daily (<c>Reports:DailySchedule</c>, 00:10 UTC) for yesterday and weekly (<c>Reports:WeeklySchedule</c>,
/// Monday 00:15 UTC) for the seven days before. A function has one trigger, hence two.
/// </summary>
public sealed class ReportsFunctions(Func<IBotHost, KpiReportJob> jobFor)
{
    [Function("ReportsDaily")]
    public Task RunDailyAsync([TimerTrigger("%Reports:DailySchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return RunWithAsync(ReportKind.Daily, new DurableBotHost(new FunctionsBotOrchestrations(client)), ct);
    }

    [Function("ReportsWeekly")]
    public Task RunWeeklyAsync([TimerTrigger("%Reports:WeeklySchedule%")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(timer);
        return RunWithAsync(ReportKind.Weekly, new DurableBotHost(new FunctionsBotOrchestrations(client)), ct);
    }

    /// <summary>The report over the bots <paramref name="bots"/> holds (in the app: their Durable entities).</summary>
    public Task RunWithAsync(ReportKind kind, IBotHost bots, CancellationToken ct) => jobFor(bots).RunAsync(kind, ct);
}
