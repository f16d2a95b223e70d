using GridBot.Runtime.Control;
using GridBot.Runtime.Dashboard;
using GridBot.Storage;
using GridFunctions.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.Http;

/// <summary>
/// The dashboard, as <c>gridbot serve</c> serves it: <c>GET /api/dashboard</c> (anonymous: the page holds no data,
/// see <see cref="DashboardPage"/>) and <c>GET /api/bots/{id}/chart</c> (auth level <c>function</c>) with
/// <see cref="BotChartService"/>'s answer, the bot's state read through the invocation's Durable client.
/// </summary>
public sealed class DashboardFunctions(ControlFactory controls, BotStores stores, TimeProvider time)
{
    [Function("Dashboard")]
#pragma warning disable CA1822 // Kept an instance method like every other function of the app; it needs no injected service.
    public IActionResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var (name, value) in DashboardPage.Headers)
        {
            request.HttpContext.Response.Headers[name] = value;
        }

        return new FileContentResult(DashboardPage.Html.ToArray(), DashboardPage.ContentType);
    }
#pragma warning restore CA1822

    [Function("BotChart")]
    public Task<IActionResult> ChartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "bots/{id}/chart")] HttpRequest request, string id, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        ChartWithAsync(request, id, new FunctionsBotOrchestrations(client), ct);

    public async Task<IActionResult> ChartWithAsync(HttpRequest request, string id, IBotOrchestrations orchestrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var charts = new BotChartService(controls.For(orchestrations), stores.Fills, stores.Bars, time);
        return Problems.From(await charts.ChartAsync(id, ct).ConfigureAwait(false));
    }
}
