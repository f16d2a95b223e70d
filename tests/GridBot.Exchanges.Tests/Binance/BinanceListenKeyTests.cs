using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Tests.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Binance;

/// <summary>The USDⓈ-M listenKey calls: USER_STREAM security (key header, no timestamp or signature), against a local Kestrel route.</summary>
public sealed class BinanceListenKeyTests : IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public void Endpoints_AreKeyOnlyWeightOne(string method)
    {
        var endpoint = new[] { BinanceEndpoints.FuturesListenKeyCreate, BinanceEndpoints.FuturesListenKeyKeepAlive, BinanceEndpoints.FuturesListenKeyClose }
            .Single(e => e.Method.Method == method);

        endpoint.Path.Should().Be("/fapi/v1/listenKey");
        endpoint.Weight.Should().Be(1);
        endpoint.Signed.Should().BeFalse();
        endpoint.ApiKeyOnly.Should().BeTrue();
        endpoint.NeedsApiKey.Should().BeTrue();
        endpoint.IsOrder.Should().BeFalse();
    }

    [Fact]
    public void ParseListenKey_DocumentedAnswer_IsTheKey()
    {
        BinanceParsers.ParseListenKey(BinanceFuturesUserPayloads.ListenKeyAnswer).Value
            .Should().Be("pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"listenKey":""}""")]
    [InlineData("""{"listenKey":42}""")]
    [InlineData("[]")]
    [InlineData("<html>")]
    public void ParseListenKey_NoKey_IsAnErrorValue(string json)
    {
        BinanceParsers.ParseListenKey(json).Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public async Task CreateKeepAliveClose_SendTheKeyHeaderAndNoTimestampOrSignature()
    {
        var routes = new ListenKeyRoutes();
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask, routes: routes.Map);
        var client = ListenKeyRoutes.Client(server, TimeProvider.System, new ApiCredentials(ApiKey, Secret), _http);

        (await client.CreateListenKeyAsync(default)).Value.Should().Be("key-1");
        (await client.KeepAliveListenKeyAsync(default)).Value.Should().BeTrue();
        (await client.CloseListenKeyAsync(default)).Value.Should().BeTrue();

        routes.Requests.Select(r => r.Method).Should().Equal("POST", "PUT", "DELETE");
        routes.Requests.Should().OnlyContain(r => r.ApiKey == ApiKey && r.Query.Length == 0 && r.Path == ListenKeyRoutes.Path);
    }

    [Fact]
    public async Task SignedEndpoint_OnTheSamePipeline_IsStillSigned()
    {
        RecordedHttp? seen = null;
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask, routes: app => app.MapGet("/fapi/v1/openOrders", context =>
        {
            seen = new RecordedHttp(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers["X-MBX-APIKEY"].ToString());
            return context.Response.WriteAsync("[]");
        }));
        var client = ListenKeyRoutes.Client(server, TimeProvider.System, new ApiCredentials(ApiKey, Secret), _http);

        (await client.GetOpenOrdersAsync(new Symbol("BTC", "USDT"), default)).IsSuccess.Should().BeTrue();

        seen!.ApiKey.Should().Be(ApiKey);
        seen.Query.Should().MatchRegex("^\\?symbol=BTCUSDT&recvWindow=5000&timestamp=\\d+&signature=[0-9a-f]{64}$");
    }

    [Fact]
    public async Task KeepAlive_UnknownKey_IsMinus1125ThroughTheErrorTable()
    {
        var routes = new ListenKeyRoutes();
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask, routes: routes.Map);
        var client = ListenKeyRoutes.Client(server, TimeProvider.System, new ApiCredentials(ApiKey, Secret), _http);

        var kept = await client.KeepAliveListenKeyAsync(default);

        kept.Error.Should().Be(new Error(ErrorKind.Other, "-1125", "This listenKey does not exist."));
        BinanceErrors.IsInvalidListenKey(kept.Error).Should().BeTrue();
    }

    [Fact]
    public async Task Create_WithoutCredentials_IsRefusedBeforeSending()
    {
        var routes = new ListenKeyRoutes();
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask, routes: routes.Map);
        var client = ListenKeyRoutes.Client(server, TimeProvider.System, credentials: null, _http);

        var created = await client.CreateListenKeyAsync(default);

        created.Error!.Kind.Should().Be(ErrorKind.Auth);
        created.Error.Code.Should().Be("NoCredentials");
        routes.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Spot_HasNoListenKey()
    {
        var rest = new RestPipeline(_http, new BinanceProtocol(MarketType.Spot), new RestOptions { BaseUrl = new Uri("http://127.0.0.1:9") },
            new ApiCredentials(ApiKey, Secret), new RateLimiter([], TimeProvider.System), TimeProvider.System, NullLogger.Instance);
        var spot = new BinanceExchange(MarketType.Spot, rest, TimeProvider.System);

        (await spot.CreateListenKeyAsync(default)).Error!.Code.Should().Be("Spot");
        (await spot.KeepAliveListenKeyAsync(default)).Error!.Code.Should().Be("Spot");
    }
}
