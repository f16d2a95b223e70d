using System.Text;
using System.Text.Json;
using GridBot.Core.Ports;
using GridBot.Runtime;
using GridBot.Runtime.Hosting;
using GridBot.Testing.FakeVenues;
using GridFunctions.Durable;
using GridFunctions.Http;
using GridFunctions.Testing;
using GridFunctions.Tests.Durable;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The Function app's own wiring (<see cref="AppServices"/> + <see cref="ControlServices.AddGridFunctionsControl"/>)
/// with <c>Storage:Kind=Azure</c> on its own Azurite, trading a fake Binance on Kestrel, and its bots on the Durable
/// engine (<see cref="DurableEngine"/>, same Azurite) whose activities run over the app's services (<see cref="BotEffects"/>,
/// <see cref="IFillPublisher"/>, <see cref="IBotRegistry"/>). HTTP functions are called through their <c>…WithAsync</c>
/// bodies with the engine as the Durable client, with a <see cref="DefaultHttpContext"/>, and their results executed
/// into a real response.
/// </summary>
/// <param name="settings">More settings over the defaults, from this app's Azurite (e.g. a storage key it refuses).</param>
/// <param name="configure">Registrations over the app's (e.g. a <see cref="BotEffects"/> whose venue is held by a test).</param>
public sealed class FunctionApp(Func<Azurite, IReadOnlyDictionary<string, string?>>? settings = null, Action<IServiceCollection>? configure = null)
    : IAsyncLifetime
{
    private Azurite? _azurite;
    private FakeBinance? _venue;
    private ServiceProvider? _services;
    private ServiceProvider? _mvc;
    private DurableEngine? _engine;

    public BotFunctions Bots => ActivatorUtilities.CreateInstance<BotFunctions>(Services);

    public HealthFunction Health => ActivatorUtilities.CreateInstance<HealthFunction>(Services);

    public FakeBinance Venue => _venue!;

    public Azurite Azurite => _azurite!;

    public IServiceProvider Services => _services!;

    /// <summary>The Durable client the functions are called with: the engine running the app's orchestration, entity and activities.</summary>
    public DurableEngine Engine => _engine!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Azure",
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
            ["FanOut:QueueConnection"] = _azurite.ConnectionString,
            ["Exchange:BaseUrl"] = _venue.BaseUrl.ToString(),
            ["Exchange:ApiKey"] = _venue.Options.ApiKey,
            ["Exchange:ApiSecret"] = _venue.Options.ApiSecret,
        }).AddInMemoryCollection(settings?.Invoke(_azurite) ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddLogging().AddGridFunctions(configuration).AddGridFunctionsControl();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        _services.ValidateSettings().Should().BeEmpty();
        foreach (var hosted in _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None); // as the host does: e.g. the store's start-up check
        }

        _engine = await DurableEngine.StartAsync(_azurite.ConnectionString, () => new BotActivities(
            _services.GetRequiredService<BotEffects>(), _services.GetRequiredService<IFillPublisher>(), _services.GetRequiredService<IBotRegistry>()));
        _mvc = new ServiceCollection().AddLogging().AddMvcCore().Services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _mvc?.Dispose();
        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
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

    /// <summary>Calls a control function's body with a fresh request and the engine, and executes its result.</summary>
    public Task<Response> SendAsync(string? body, Func<BotFunctions, HttpRequest, IBotOrchestrations, Task<IActionResult>> call, string? query = null)
    {
        var functions = Bots;
        return SendAsync(Request(body, query), r => call(functions, r, Engine));
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
