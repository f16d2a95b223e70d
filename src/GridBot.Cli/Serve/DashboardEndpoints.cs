using GridBot.Runtime.Control;
using GridBot.Runtime.Dashboard;
using GridBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GridBot.Cli.Serve;

/// <summary>
/// The dashboard on the Function app's routes: <c>GET /api/dashboard</c> (anonymous: the page holds no data, see
/// <see cref="DashboardPage"/>), <c>GET /</c> redirecting to it, and <c>GET /api/bots/{id}/chart</c> behind the key
/// (<see cref="ApiKeyFilter"/>) with <see cref="BotChartService"/>'s answer.
/// </summary>
internal static class DashboardEndpoints
{
    public const string PagePath = "/api/dashboard";

    public static void MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect(PagePath));
        app.MapGet(PagePath, Page);
        app.MapGet("/api/bots/{id}/chart", ChartAsync).AddEndpointFilter<ApiKeyFilter>();
    }

    private static FileContentHttpResult Page(HttpResponse response)
    {
        foreach (var (name, value) in DashboardPage.Headers)
        {
            response.Headers[name] = value;
        }

        return TypedResults.Bytes(DashboardPage.Html.ToArray(), DashboardPage.ContentType);
    }

    private static async Task<IResult> ChartAsync(
        string id, [FromServices] BotControlService control, [FromServices] BotStores stores, [FromServices] TimeProvider time, CancellationToken ct) =>
        HttpProblems.From(await new BotChartService(control, stores.Fills, stores.Bars, time).ChartAsync(id, ct).ConfigureAwait(false));
}
