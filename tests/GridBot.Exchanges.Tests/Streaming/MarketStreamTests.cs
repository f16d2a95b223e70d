using System.Text.Json;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Streaming;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

public class MarketStreamTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public async Task Binance_CombinedStream_NamesTheStreamsInTheUrlAndRaisesTickersAndClosedBars()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await c.SendAsync(KlineOpen);
            await c.SendAsync("garbage");
            await c.SendAsync(BookTicker);
            await c.SendAsync(KlineClosed);
        }, "/stream");
        await using var stream = new BinanceMarketStream(new Uri(server.Url, "/"), [Btc], new StreamTestClock(Now), ReconnectingWebSocketTests.Options);
        var tickers = new EventLog<Ticker>();
        var bars = new EventLog<(Symbol, Bar)>();
        stream.TickerUpdated += tickers.Add;
        stream.BarClosed += (s, b) => bars.Add((s, b));

        await stream.StartAsync(CancellationToken.None);

        (await server.ConnectionAsync(1)).PathAndQuery.Should().Be("/stream?streams=btcusdt@bookTicker/btcusdt@kline_1m");
        (await tickers.WaitForAsync(1)).Single().Should().Be(new Ticker(Btc, 65000.1m, 65000.3m, 65000.2m, Now.ToUnixTimeMilliseconds()));
        (await bars.WaitForAsync(1)).Should().Equal((Btc, new Bar(1750000000000, 65000m, 65020m, 64990m, 65010.5m, 12.5m)));
    }

    [Fact]
    public async Task Binance_BookTickerOnlyUnderABasePath_KeepsThePathAndAsksForNoKlines()
    {
        await using var server = await WebSocketTestServer.StartAsync(c => c.SendAsync(BookTicker), "/public/stream");
        await using var stream = new BinanceMarketStream(new Uri(server.Url, "/public"), [Btc], new StreamTestClock(Now), ReconnectingWebSocketTests.Options,
            klines: false);
        var tickers = new EventLog<Ticker>();
        stream.TickerUpdated += tickers.Add;

        await stream.StartAsync(CancellationToken.None);

        (await server.ConnectionAsync(1)).PathAndQuery.Should().Be("/public/stream?streams=btcusdt@bookTicker");
        (await tickers.WaitForAsync(1)).Single().Bid.Should().Be(65000.1m);
    }

    [Fact]
    public async Task Binance_Reconnect_RaisesResynced()
    {
        BinanceMarketStream? stream = null;
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            if (c.Index == 1)
            {
                // Drop only once the client has the connection open: a drop during its handshake is a failed connect.
                while (stream is null || stream.Socket.ConnectionCount < 1)
                {
                    await Task.Delay(5);
                }

                c.Drop();
            }
        }, "/stream");
        await using var opened = new BinanceMarketStream(new Uri(server.Url, "/"), [Btc], new StreamTestClock(Now), ReconnectingWebSocketTests.Options);
        stream = opened;
        var resynced = new EventLog<int>();
        opened.Resynced += () => resynced.Add(1);

        await opened.StartAsync(CancellationToken.None);

        await resynced.WaitForAsync(1);
        server.ConnectionCount.Should().Be(2);
    }

    [Fact]
    public async Task Bybit_Subscribes_PingsAndRaisesTickersAndClosedBars()
    {
        var subscribe = new TaskCompletionSource<string>();
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            subscribe.TrySetResult(await c.NextAsync());
            await c.SendAsync("""{"success":true,"ret_msg":"subscribe","conn_id":"x","req_id":"","op":"subscribe"}""");
            await c.SendAsync(BybitOrderbook);
            await c.SendAsync(BybitKline);
        });
        await using var stream = new BybitMarketStream(server.Url, [Btc], new StreamTestClock(Now), ReconnectingWebSocketTests.Options);
        var tickers = new EventLog<Ticker>();
        var bars = new EventLog<(Symbol, Bar)>();
        stream.TickerUpdated += tickers.Add;
        stream.BarClosed += (s, b) => bars.Add((s, b));

        await stream.StartAsync(CancellationToken.None);

        using var request = JsonDocument.Parse(await subscribe.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        request.RootElement.GetProperty("op").GetString().Should().Be("subscribe");
        request.RootElement.GetProperty("args").EnumerateArray().Select(a => a.GetString())
            .Should().Equal("orderbook.1.BTCUSDT", "tickers.BTCUSDT", "kline.1.BTCUSDT");
        (await tickers.WaitForAsync(1)).Single().Should().Be(new Ticker(Btc, 16493.5m, 16611m, 16552.25m, 1672304484978));
        (await bars.WaitForAsync(1)).Single().Item2.OpenTimeMs.Should().Be(1672324800000);
        (await (await server.ConnectionAsync(1)).NextAsync()).Should().Be("""{"op":"ping"}""");
    }
}
