using System.Net.WebSockets;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>The WebSocket side of FakeVenueHost: routing, faults on upgrades, drop and dispose.</summary>
public sealed class FakeVenueSocketTests
{
    [Fact]
    public async Task Upgrade_UnknownPath_Refused404AndRecorded()
    {
        await using var venue = await FakeBybit.StartAsync();

        var connect = () => RawSocket.ConnectAsync(new Uri(venue.WebSocketBaseUrl, "v5/public/spot"));

        (await connect.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("404");
        venue.RequestsTo("GET", "/v5/public/spot").Single().StatusCode.Should().Be(404);
        venue.SocketConnectionCount.Should().Be(0);
    }

    [Fact]
    public async Task Upgrade_WithQueuedServerError_AnsweredWithTheFaultInsteadOfTheUpgrade()
    {
        await using var venue = await FakeBinance.StartAsync();
        venue.Faults.Add("GET", "/ws-api/v3", Fault.ServerErrorBefore(503));

        var connect = () => RawSocket.ConnectAsync(venue.SpotUserStreamUrl);

        (await connect.Should().ThrowAsync<WebSocketException>()).Which.Message.Should().Contain("503");
        await using var second = await RawSocket.ConnectAsync(venue.SpotUserStreamUrl);
        venue.RequestsTo("GET", "/ws-api/v3").Select(r => r.StatusCode).Should().Equal(503, 101);
    }

    [Fact]
    public async Task DropUserStreams_ResetsEveryOpenConnection()
    {
        await using var venue = await FakeBybit.StartAsync();
        await using var first = await RawSocket.ConnectAsync(venue.PrivateStreamUrl);
        await using var second = await RawSocket.ConnectAsync(venue.PrivateStreamUrl);
        await WaitForOpenAsync(venue, 2);

        venue.DropUserStreams().Should().Be(2);

        (await first.Closed.Task.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeNull("dropped without a close frame");
        await second.Closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        venue.OpenSocketCount.Should().Be(0);
    }

    [Fact]
    public async Task Dispose_WithOpenConnections_EndsThemAndReturns()
    {
        var venue = await FakeBinance.StartAsync();
        await using var socket = await RawSocket.ConnectAsync(venue.SpotUserStreamUrl);
        await WaitForOpenAsync(venue, 1);

        await venue.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await socket.Closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        venue.OpenSocketCount.Should().Be(0);
    }

    private static async Task WaitForOpenAsync(FakeVenueHost venue, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (venue.OpenSocketCount < count)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "{0} connections should be open", count);
            await Task.Delay(5);
        }
    }
}
