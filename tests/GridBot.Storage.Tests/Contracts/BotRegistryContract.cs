using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>What every <see cref="IBotRegistry"/> promises, run against each implementation.</summary>
public abstract class BotRegistryContract : StoreContract
{
    private static readonly BotInfo Bot = new("bot-1", Venue.Binance, MarketType.Spot, "BTCUSDT", "Created", 1_000, 1_000);

    private IBotRegistry Registry => Stores.Registry;

    [Fact]
    public async Task GetAsync_AfterUpsert_RoundTrips()
    {
        await Registry.UpsertAsync(Bot, CancellationToken.None);

        (await Registry.GetAsync("bot-1", CancellationToken.None)).Should().Be(Bot);
    }

    [Fact]
    public async Task GetAsync_Absent_ReturnsNull() =>
        (await Registry.GetAsync("nobody", CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task UpsertAsync_ExistingBot_KeepsCreatedTimeAndTakesTheRest()
    {
        await Registry.UpsertAsync(Bot, CancellationToken.None);
        var changed = new BotInfo("bot-1", Venue.Bybit, MarketType.Perp, "ETHUSDT", "Running", CreatedMs: 9_999, UpdatedMs: 5_000);

        await Registry.UpsertAsync(changed, CancellationToken.None);

        (await Registry.GetAsync("bot-1", CancellationToken.None)).Should().Be(changed with { CreatedMs = 1_000 });
    }

    [Fact]
    public async Task ListAsync_SeveralBots_OrdinalOrderByIdAndSurvivesReopen()
    {
        foreach (var id in new[] { "c", "a", "b", "B", "a10" })
        {
            await Registry.UpsertAsync(Bot with { BotId = id }, CancellationToken.None);
        }

        var reopened = (await Backend.OpenAsync()).Registry;

        (await reopened.ListAsync(CancellationToken.None)).Select(b => b.BotId).Should().Equal("B", "a", "a10", "b", "c");
    }

    [Fact]
    public async Task ListAsync_Empty_ReturnsNothing() =>
        (await Registry.ListAsync(CancellationToken.None)).Should().BeEmpty();
}

public sealed class SqliteBotRegistryContract : BotRegistryContract
{
    private protected override IStoreBackend CreateBackend() => new SqliteBackend();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureBotRegistryContract(AzuriteFixture azurite) : BotRegistryContract
{
    private protected override IStoreBackend CreateBackend() => new AzureBackend(azurite);
}
