using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Http;

public class ServerClockTests
{
    [Fact]
    public void Sync_ServerAhead_OffsetFromMidpointOfRoundTrip()
    {
        var clock = new HttpTestClock(DateTimeOffset.FromUnixTimeMilliseconds(1_000_000));
        var server = new ServerClock(clock);

        server.Sync(serverMs: 1_001_500, sentMs: 1_000_000, receivedMs: 1_000_200);

        server.OffsetMs.Should().Be(1_400);
        server.NowMs.Should().Be(1_001_400);
    }

    [Fact]
    public void Credentials_ToString_HidesSecret()
    {
        var credentials = new ApiCredentials("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");

        credentials.ToString().Should().NotContain("NhqPtmd").And.NotContain("Ju91duEh8A").And.Contain("vmPU");
    }
}
