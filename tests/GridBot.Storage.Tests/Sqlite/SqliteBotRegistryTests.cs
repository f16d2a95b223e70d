using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Sqlite;

public sealed class SqliteBotRegistryTests : IDisposable
{
    private static readonly BotInfo Bot = new("bot-1", Venue.Binance, MarketType.Spot, "BTCUSDT", "Created", 1_000, 1_000);

    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GetAsync_AfterUpsert_RoundTrips()
    {
        var registry = (await _temp.OpenAsync()).Registry;

        await registry.UpsertAsync(Bot, CancellationToken.None);

        (await registry.GetAsync("bot-1", CancellationToken.None)).Should().Be(Bot);
    }

    [Fact]
    public async Task GetAsync_Absent_ReturnsNull()
    {
        var registry = (await _temp.OpenAsync()).Registry;

        (await registry.GetAsync("nobody", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task UpsertAsync_ExistingBot_KeepsCreatedTimeAndTakesTheRest()
    {
        var registry = (await _temp.OpenAsync()).Registry;
        await registry.UpsertAsync(Bot, CancellationToken.None);
        var changed = new BotInfo("bot-1", Venue.Bybit, MarketType.Perp, "ETHUSDT", "Running", CreatedMs: 9_999, UpdatedMs: 5_000);

        await registry.UpsertAsync(changed, CancellationToken.None);

        (await registry.GetAsync("bot-1", CancellationToken.None)).Should().Be(changed with { CreatedMs = 1_000 });
    }

    [Fact]
    public async Task ListAsync_SeveralBots_OrderedByIdAndSurvivesReopen()
    {
        using (var first = await _temp.OpenAsync())
        {
            foreach (var id in new[] { "c", "a", "b" })
            {
                await first.Registry.UpsertAsync(Bot with { BotId = id }, CancellationToken.None);
            }
        }

        var reopened = (await _temp.OpenAsync()).Registry;

        (await reopened.ListAsync(CancellationToken.None)).Select(b => b.BotId).Should().Equal("a", "b", "c");
    }
}
