using GridBot.Cli.Serve;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridBot.Cli.Tests.Serve;

/// <summary>The tick loop: Running bots are ticked through the runtime (their paper book fills as the venue's price moves); others are left alone.</summary>
public sealed class ServeTickTests : IAsyncLifetime
{
    private FakeBinance? _venue;

    private FakeBinance Venue => _venue!;

    public async Task InitializeAsync() => _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });

    public async Task DisposeAsync()
    {
        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }
    }

    [Fact]
    public async Task TickAll_TicksRunningBotsOnly()
    {
        await using var app = await ServeApp.StartAsync(Venue);
        await app.CreatePaperBotAsync("run1");
        await app.CreatePaperBotAsync("idle1");
        await app.CreatePaperBotAsync("paused1");
        (await app.PostAsync("/api/bots/run1/start")).Status.Should().Be(200);
        (await app.PostAsync("/api/bots/paused1/start")).Status.Should().Be(200);
        (await app.PostAsync("/api/bots/paused1/pause")).Status.Should().Be(200);
        var loop = app.Services.GetServices<IHostedService>().OfType<TickLoop>().Single();

        (await loop.TickAllAsync(CancellationToken.None)).Should().Be(1);
    }

    [Fact]
    public async Task Timer_PriceFalls_RunningPaperBotBuysOnItsOwn()
    {
        await using var app = await ServeApp.StartAsync(Venue, settings: new Dictionary<string, string?> { ["GridBot:LiveLoopInterval"] = "00:00:00.050" });
        await app.CreatePaperBotAsync("tick1");
        (await app.PostAsync("/api/bots/tick1/start")).Status.Should().Be(200);
        (await app.GetAsync("/api/bots/tick1/fills")).Json().GetArrayLength().Should().Be(1);

        Venue.Trade(57_500m);

        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        int fills;
        do
        {
            await Task.Delay(50);
            fills = (await app.GetAsync("/api/bots/tick1/fills")).Json().GetArrayLength();
        }
        while (fills < 2 && DateTimeOffset.UtcNow < deadline);

        fills.Should().BeGreaterThan(1, "the ticks should have filled the paper buys the price fell through");
    }
}
