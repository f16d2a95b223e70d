using GridBot.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridBot.Cli.Serve;

/// <summary>
/// The composition root of <c>gridbot serve</c>: the local runtime (<see cref="GridBotServiceCollectionExtensions.AddGridBotRuntime"/>:
/// store, venues, bots in their mailboxes, the control service), the tick loop, and the control API on Kestrel.
/// Settings come only from <paramref name="configuration"/> (no appsettings file), validated at start-up.
/// </summary>
public static class ServeHost
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <param name="configuration">The settings (the CLI passes the environment).</param>
    /// <param name="urls">Where Kestrel listens, <c>;</c>-separated (port 0: any free port).</param>
    /// <param name="configure">Changes before the app is built (tests: <c>UseTestServer</c>, a log sink).</param>
    public static WebApplication Build(IConfiguration configuration, string urls = DefaultUrls, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServeHost).Assembly.GetName().Name });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestJson.MaxBytes);

        // Request logs would print ?code= keys; the app's own logs never take a key.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddGridBotRuntime(builder.Configuration);
        builder.Services.AddServeMetrics();
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        builder.Services.AddHostedService<TickLoop>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServeMetrics();
        app.MapControlApi();
        app.MapTelegramWebhook();
        app.MapOperatorApi();
        app.MapDashboard();
        return app;
    }
}
