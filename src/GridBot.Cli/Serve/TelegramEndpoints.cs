using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Runtime.Reporting;
using GridBot.Runtime.Telegram;
using GridBot.Storage;
using GridBot.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GridBot.Cli.Serve;

/// <summary>
/// <c>POST /api/telegram</c>: the Telegram webhook (<see cref="TelegramWebhook"/>) over this process's bots. Outside the
/// API-key filter (Telegram cannot send one); the secret header guards it instead. 404 when Telegram is off.
/// </summary>
internal static class TelegramEndpoints
{
    public static void MapTelegramWebhook(this IEndpointRouteBuilder app) => app.MapPost("/api/telegram", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        var services = request.HttpContext.RequestServices;
        var webhook = services.GetRequiredService<TelegramWebhook>();
        var result = await webhook.HandleAsync(request.Headers[TelegramWebhook.SecretHeader].ToString(), request.Body, request.ContentLength,
            () => RouterFor(services), ct).ConfigureAwait(false);
        return result.IsProblem ? HttpProblems.Of(result.Status, result.Detail!, result.Title) : TypedResults.Ok();
    }

    private static TelegramCommandRouter RouterFor(IServiceProvider services)
    {
        var stores = services.GetRequiredService<BotStores>();
        var time = services.GetRequiredService<TimeProvider>();
        var reports = new KpiReportJob(stores.Registry, services.GetRequiredService<BotRuntime>(), stores.Fills, stores.Artifacts,
            services.GetRequiredService<Core.Ports.INotifier>(), time, services.GetRequiredService<ILogger<KpiReportJob>>());
        return new TelegramCommandRouter(services.GetRequiredService<BotControlService>(), reports, services.GetRequiredService<OperatorService>(),
            services.GetRequiredService<ConfirmationSigner>(), time);
    }
}
