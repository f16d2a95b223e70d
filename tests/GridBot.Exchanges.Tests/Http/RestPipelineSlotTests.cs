using System.Net;
using System.Net.Sockets;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Tests.Http;

/// <summary>
/// A request that may have reached the venue keeps the rate-limit slot it took, whatever its answer (a 5xx, a dropped
/// connection, none in time); only one that provably never left (connection refused) gets its slot back.
/// </summary>
public sealed class RestPipelineSlotTests : IDisposable
{
    private static readonly RestCall Order = RestCall.Of(BinanceEndpoints.SpotNewOrder, ("symbol", "BTCUSDT"));
    private readonly HttpClient _http = new();
    private readonly FakeVenueClock _clock = new();

    public void Dispose() => _http.Dispose();

    public static TheoryData<string> Faults => new() { "5xx", "dropped", "timeout" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Send_MayHaveReachedTheVenue_SlotStaysTaken(string fault)
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = _clock, UsageHeadersOnFaults = false });
        venue.Faults.Add("POST", "/api/v3/order", fault switch
        {
            "5xx" => Fault.ServerErrorAfterAccept(),
            "dropped" => Fault.DropConnection(afterAccept: true),
            _ => Fault.Timeout(TimeSpan.FromSeconds(30), afterAccept: true),
        });
        var (rest, limiter) = Pipeline(venue.BaseUrl, venue.Options.ApiKey, venue.Options.ApiSecret);

        var sent = await rest.SendAsync(Order, default);

        sent.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        limiter.Delay(BinanceEndpoints.SpotNewOrder, _clock.GetUtcNow()).Should().BeGreaterThan(TimeSpan.Zero, "the venue counted it, so the one order slot is spent");
    }

    [Fact]
    public async Task Send_ConnectionRefused_SlotGivenBack()
    {
        var (rest, limiter) = Pipeline(new Uri($"http://127.0.0.1:{ClosedPort()}/"), "key", "secret");

        var sent = await rest.SendAsync(Order, default);

        sent.Error!.Kind.Should().Be(ErrorKind.Network, "it never left this host");
        limiter.Delay(BinanceEndpoints.SpotNewOrder, _clock.GetUtcNow()).Should().Be(TimeSpan.Zero, "the venue never counted it");
    }

    private (RestPipeline Pipeline, RateLimiter Limiter) Pipeline(Uri baseUrl, string key, string secret)
    {
        var limiter = new RateLimiter([new RateLimitRule(RateLimitKind.Orders, TimeSpan.FromSeconds(10), 1)], _clock);
        var options = new RestOptions { BaseUrl = baseUrl, Timeout = TimeSpan.FromMilliseconds(500), ClockResyncInterval = TimeSpan.Zero };
        return (new RestPipeline(_http, new BinanceProtocol(MarketType.Spot), options, new ApiCredentials(key, secret), limiter, _clock, NullLogger.Instance), limiter);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
