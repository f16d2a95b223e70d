using System.Globalization;
using GridBot.Runtime.Control;
using GridBot.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridBot.Cli.Serve;

/// <summary>
/// <c>GET /metrics</c> in Prometheus text, behind the same key as <c>/api</c> (<see cref="ApiKeyFilter"/>: the
/// <c>x-functions-key</c> header, or <c>?code=</c> in a scrape config's <c>params</c>). The venues are re-registered
/// with an instrumented <see cref="HttpClient"/> (<see cref="MetricsVenueHandler"/>); the rest of the runtime is as
/// <see cref="GridBotServiceCollectionExtensions.AddGridBotRuntime"/> registers it.
/// </summary>
internal static class MetricsEndpoints
{
    public const string Path = "/metrics";

    /// <summary>Call after <c>AddGridBotRuntime</c>: the last <see cref="IBotVenues"/> registered is the one resolved.</summary>
    public static IServiceCollection AddServeMetrics(this IServiceCollection services)
    {
        services.AddSingleton<MetricsRegistry>();
        services.AddSingleton<MetricsBotGauges>();
        services.AddSingleton<IBotVenues>(sp => new BotVenues(
            sp.GetRequiredService<IOptions<ExchangeOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GridBot.Exchange"),
            new HttpClient(new MetricsVenueHandler(sp.GetRequiredService<MetricsRegistry>()) { InnerHandler = new SocketsHttpHandler() })));
        return services;
    }

    /// <summary>Counts problem responses (the middleware) and maps <see cref="Path"/>.</summary>
    public static void MapServeMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var metrics = app.Services.GetRequiredService<MetricsRegistry>();
        _ = app.Services.GetRequiredService<MetricsBotGauges>();
        app.Use(async (context, next) =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
            {
                metrics.ApiErrors.WithLabels(context.Response.StatusCode.ToString(CultureInfo.InvariantCulture)).Inc();
            }
        });
        app.MapGet(Path, ScrapeAsync).AddEndpointFilter<ApiKeyFilter>();
    }

    private static async Task<IResult> ScrapeAsync([FromServices] MetricsRegistry metrics, CancellationToken ct) =>
        TypedResults.Bytes(await metrics.ExportAsync(ct).ConfigureAwait(false), MetricsRegistry.ContentType);
}
