using GridBot.Runtime;
using GridBot.Runtime.Hosting;
using GridBot.Storage;
using GridBot.Testing.FakeVenues;
using GridFunctions.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GridFunctions.Tests.Timers;

/// <summary>
/// The Function app's wiring plus <see cref="TimerServices.AddGridFunctionsTimers"/> on a temporary folder (SQLite,
/// reports, bars), public market data from a fake Binance on Kestrel. The local runtime is the bot host unless the
/// app registers one.
/// </summary>
public sealed class TimerApp : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gf-timers-").FullName;
    private FakeBinance? _venue;
    private ServiceProvider? _services;

    public FakeBinance Venue => _venue!;

    public IServiceProvider Services => _services!;

    public string ReportsPath => Path.Combine(_dir, "reports");

    public string BarsPath => Path.Combine(_dir, "bars");

    public BotStores Stores => Services.GetRequiredService<BotStores>();

    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(_dir, "bots.db"),
            ["Storage:ReportsPath"] = ReportsPath,
            ["Storage:BarsPath"] = BarsPath,
            ["Exchange:BaseUrl"] = _venue.BaseUrl.ToString(),
        }).Build();
        // The reports read bots through an IBotHost; here the local runtime holds them (the app's are Durable entities).
        var services = new ServiceCollection().AddLogging().AddGridFunctions(configuration).AddGridFunctionsTimers();
        services.AddSingleton(sp => new BotRuntime(
            sp.GetRequiredService<BotStores>().States, sp.GetRequiredService<BotStores>().Fills, sp.GetRequiredService<BotStores>().Registry,
            sp.GetRequiredService<GridBot.Runtime.Control.IBotVenues>().ExchangeFor, sp.GetRequiredService<GridBot.Core.Ports.INotifier>(), TimeProvider.System));
        services.TryAddSingleton<IBotHost>(sp => sp.GetRequiredService<BotRuntime>());
        _services = services.BuildServiceProvider();
        _services.ValidateSettings().Should().BeEmpty();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: SQLite's WAL may still be held briefly
        }
    }
}
