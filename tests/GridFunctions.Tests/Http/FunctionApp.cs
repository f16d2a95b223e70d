using System.Text;
using System.Text.Json;
using GridBot.Runtime.Hosting;
using GridBot.Testing.FakeVenues;
using GridFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The Function app's own wiring (<see cref="AppServices"/>) on a temporary SQLite file (or the store the settings name), trading a fake Binance on
/// Kestrel; HTTP functions are called as methods with a <see cref="DefaultHttpContext"/> and their results executed
/// into a real response.
/// </summary>
/// <param name="settings">More settings (e.g. <c>Storage:Kind=Azure</c>), over the SQLite default.</param>
public sealed class FunctionApp(IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"gf-http-{Guid.NewGuid():N}.db");
    private FakeBinance? _venue;
    private ServiceProvider? _services;
    private ServiceProvider? _mvc;

    public BotFunctions Bots => ActivatorUtilities.CreateInstance<BotFunctions>(_services!);

    public HealthFunction Health => ActivatorUtilities.CreateInstance<HealthFunction>(_services!);

    public FakeBinance Venue => _venue!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _db,
            ["Exchange:BaseUrl"] = _venue.BaseUrl.ToString(),
            ["Exchange:ApiKey"] = _venue.Options.ApiKey,
            ["Exchange:ApiSecret"] = _venue.Options.ApiSecret,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        _services = new ServiceCollection().AddLogging().AddGridFunctions(configuration).BuildServiceProvider();
        _services.ValidateSettings().Should().BeEmpty();
        foreach (var hosted in _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None); // as the host does: e.g. the store's start-up check
        }

        _mvc = new ServiceCollection().AddLogging().AddMvcCore().Services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _mvc?.Dispose();
        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }

        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A request with an optional JSON body and query string.</summary>
    public HttpRequest Request(string? body = null, string? query = null)
    {
        var context = new DefaultHttpContext { RequestServices = _mvc! };
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body ?? string.Empty));
        context.Request.ContentType = body is null ? null : "application/json";
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Executes the function's result into the response, as the ASP.NET Core integration does.</summary>
    public static async Task<Response> SendAsync(HttpRequest request, Func<HttpRequest, Task<IActionResult>> function)
    {
        var result = await function(request);
        var context = request.HttpContext;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new Response(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString(), text);
    }

    public sealed record Response(int Status, string? ContentType, string Location, string Body)
    {
        public JsonElement Json()
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }

        public string Detail => Json().GetProperty("detail").GetString()!;
    }
}
