using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests;

/// <summary>
/// A fake Binance or Bybit on the system clock (the CLI signs with real time), and the one market the bot trades on it.
/// </summary>
internal sealed class LiveFake : IAsyncDisposable
{
    private readonly FakeVenueHost _host;

    private LiveFake(FakeVenueHost host, FakeMarket market, string apiKey, string apiSecret)
    {
        _host = host;
        Market = market;
        ApiKey = apiKey;
        ApiSecret = apiSecret;
    }

    public FakeMarket Market { get; }

    public string ApiKey { get; }

    public string ApiSecret { get; }

    public Uri BaseUrl => _host.BaseUrl;

    public FakeVenueHost Host => _host;

    /// <param name="clockOffset">The venue's clock against ours (positive: ahead).</param>
    /// <param name="pageSize">Bybit: at most this many items per page of every paged list (Binance pages by id: unpaged here).</param>
    public static async Task<LiveFake> StartAsync(Venue venue, MarketType market, bool hedgeMode = false, TimeSpan clockOffset = default, int? pageSize = null)
    {
        if (venue == Venue.Binance)
        {
            var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System, HedgeMode = hedgeMode, ClockOffset = clockOffset });
            return new LiveFake(binance, market == MarketType.Spot ? binance.Spot : binance.Futures, binance.Options.ApiKey, binance.Options.ApiSecret);
        }

        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System, HedgeMode = hedgeMode, ClockOffset = clockOffset, PageSize = pageSize });
        return new LiveFake(bybit, market == MarketType.Spot ? bybit.Spot : bybit.Linear, bybit.Options.ApiKey, bybit.Options.ApiSecret);
    }

    /// <summary>Waits until the bot has at least <paramref name="count"/> orders resting (or the run ends, or 30 s pass).</summary>
    public async Task WaitForOpenOrdersAsync(int count, Task running)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Market.OpenOrders.Count < count)
        {
            if (running.IsCompleted)
            {
                throw new InvalidOperationException($"the run ended with {Market.OpenOrders.Count} open orders; expected {count}");
            }

            await Task.Delay(25, timeout.Token);
        }
    }

    /// <summary>Waits until the venue has received <paramref name="count"/> requests matching <paramref name="match"/>.</summary>
    public async Task WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count, Task running)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_host.Requests.Count(match) < count)
        {
            if (running.IsCompleted)
            {
                throw new InvalidOperationException($"the run ended after {_host.Requests.Count(match)} matching requests; expected {count}");
            }

            await Task.Delay(25, timeout.Token);
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
