using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>One fake Binance and one in-memory serve app per test class; each test uses its own bot ids.</summary>
public sealed class ServeFixture : IAsyncLifetime
{
    private FakeBinance? _venue;
    private ServeApp? _app;

    internal ServeApp App => _app!;

    internal FakeBinance Venue => _venue!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _app = await ServeApp.StartAsync(_venue);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }
    }
}
