using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>The real client for one testnet account and market, on the shared pipeline, with the system clock.</summary>
internal sealed class TestnetSession : IDisposable
{
    private readonly HttpClient _http = new();

    public TestnetSession(TestnetAccount account, MarketType market)
    {
        var (key, secret, baseUrl) = TestnetEnvironment.Settings(account);
        var venue = account == TestnetAccount.Bybit ? Venue.Bybit : Venue.Binance;
        IVenueProtocol protocol = venue == Venue.Bybit ? new BybitProtocol() : new BinanceProtocol(market);
        var limits = venue == Venue.Bybit ? BybitProtocol.DefaultLimits : BinanceProtocol.DefaultLimits(market);
        var time = TimeProvider.System;
        Pipeline = new RestPipeline(_http, protocol, new RestOptions { BaseUrl = baseUrl, Timeout = TimeSpan.FromSeconds(15) },
            new ApiCredentials(key, secret), new RateLimiter(limits, time), time, NullLogger.Instance);
        Exchange = venue == Venue.Bybit ? new BybitExchange(market, Pipeline, time) : new BinanceExchange(market, Pipeline, time);
    }

    public RestPipeline Pipeline { get; }

    public IExchange Exchange { get; }

    public void Dispose() => _http.Dispose();
}
