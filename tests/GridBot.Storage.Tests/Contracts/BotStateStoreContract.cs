using System.Text.Json.Nodes;
using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>What every <see cref="IBotStateStore"/> promises (optimistic concurrency by ETag), run against each implementation.</summary>
public abstract class BotStateStoreContract : StoreContract
{
    private IBotStateStore Store => Stores.States;

    [Fact]
    public async Task LoadAsync_AbsentBot_ReturnsNull() =>
        (await Store.LoadAsync("nobody", CancellationToken.None)).Should().BeNull();

    [Fact]
    public async Task SaveAsync_CreateThenLoad_RoundTripsJsonAndTag()
    {
        var created = await Store.SaveAsync("bot-1", """{"n":1}""", null, CancellationToken.None);
        var loaded = await Store.LoadAsync("bot-1", CancellationToken.None);

        created.IsSuccess.Should().BeTrue();
        loaded.Should().Be(new StoredState<string>("""{"n":1}""", created.Value));
    }

    [Fact]
    public async Task SaveAsync_WithCurrentTag_StoresAndChangesTagEveryTimeEvenForTheSameJson()
    {
        var tag = (await Store.SaveAsync("bot-1", "{}", null, CancellationToken.None)).Value;
        var tags = new List<string> { tag };

        for (var i = 0; i < 3; i++)
        {
            tag = (await Store.SaveAsync("bot-1", "{}", tag, CancellationToken.None)).Value;
            tags.Add(tag);
        }

        tags.Should().OnlyHaveUniqueItems();
        (await Store.LoadAsync("bot-1", CancellationToken.None))!.ETag.Should().Be(tags[^1]);
    }

    [Fact]
    public async Task SaveAsync_StaleTag_ConflictAndStoredValueUnchanged()
    {
        var first = (await Store.SaveAsync("bot-1", """{"n":1}""", null, CancellationToken.None)).Value;
        var second = (await Store.SaveAsync("bot-1", """{"n":2}""", first, CancellationToken.None)).Value;

        var stale = await Store.SaveAsync("bot-1", """{"n":99}""", first, CancellationToken.None);

        stale.IsSuccess.Should().BeFalse();
        stale.Error!.Kind.Should().Be(ErrorKind.Other);
        stale.Error.Code.Should().Be(IBotStateStore.ConcurrencyConflict);
        stale.Error.IsTransient.Should().BeFalse();
        stale.Error.Message.Should().Contain("stale").And.Contain(first);
        (await Store.LoadAsync("bot-1", CancellationToken.None)).Should().Be(new StoredState<string>("""{"n":2}""", second));
    }

    [Fact]
    public async Task SaveAsync_CreateTwice_ConflictAndFirstValueKept()
    {
        var tag = (await Store.SaveAsync("bot-1", """{"n":1}""", null, CancellationToken.None)).Value;

        var again = await Store.SaveAsync("bot-1", """{"n":2}""", null, CancellationToken.None);

        again.Error!.Code.Should().Be(IBotStateStore.ConcurrencyConflict);
        again.Error.Message.Should().Contain("exists");
        (await Store.LoadAsync("bot-1", CancellationToken.None)).Should().Be(new StoredState<string>("""{"n":1}""", tag));
    }

    [Fact]
    public async Task SaveAsync_TagForMissingBot_ConflictSaysItDoesNotExist()
    {
        var result = await Store.SaveAsync("ghost", "{}", "\"0x8D000000000000\"", CancellationToken.None);

        result.Error!.Code.Should().Be(IBotStateStore.ConcurrencyConflict);
        result.Error.Message.Should().Contain("'ghost' does not exist");
        (await Store.LoadAsync("ghost", CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task ListAsync_SeveralBots_OrdinalOrderById()
    {
        foreach (var id in new[] { "b", "a2", "a10", "B" })
        {
            await Store.SaveAsync(id, "{}", null, CancellationToken.None);
        }

        (await Store.ListAsync(CancellationToken.None)).Should().Equal("B", "a10", "a2", "b");
    }

    [Fact]
    public async Task SaveAsync_ReopenedStores_SeeDataAndAcceptTheTag()
    {
        var tag = (await Store.SaveAsync("bot-1", """{"n":7}""", null, CancellationToken.None)).Value;

        var reopened = (await Backend.OpenAsync()).States;

        (await reopened.LoadAsync("bot-1", CancellationToken.None))!.Value.Should().Be("""{"n":7}""");
        (await reopened.SaveAsync("bot-1", """{"n":8}""", tag, CancellationToken.None)).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task SaveAsync_TwoRacingWritersOnTwoStoreObjects_NoLostUpdate()
    {
        const int writers = 2;
        var incrementsEach = 25 * Backend.RaceScale;
        var stores = new[] { Store, (await Backend.OpenAsync()).States };
        await Store.SaveAsync("bot-1", """{"counter":0}""", null, CancellationToken.None);
        using var start = new Barrier(writers);

        var conflicts = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            start.SignalAndWait();
            var conflictCount = 0;
            for (var i = 0; i < incrementsEach; i++)
            {
                while (!await TryIncrementAsync(stores[w]))
                {
                    conflictCount++;
                }
            }

            return conflictCount;
        })));

        var final = await Store.LoadAsync("bot-1", CancellationToken.None);
        JsonNode.Parse(final!.Value)!["counter"]!.GetValue<int>().Should().Be(writers * incrementsEach);
        conflicts.Sum().Should().BeGreaterThanOrEqualTo(0);
    }

    /// <summary>Loads the bot's counter, adds one and saves with the loaded ETag; false when another writer saved first.</summary>
    internal static async Task<bool> TryIncrementAsync(IBotStateStore store)
    {
        var loaded = await store.LoadAsync("bot-1", CancellationToken.None);
        var state = JsonNode.Parse(loaded!.Value)!;
        state["counter"] = state["counter"]!.GetValue<int>() + 1;
        var saved = await store.SaveAsync("bot-1", state.ToJsonString(), loaded.ETag, CancellationToken.None);
        if (!saved.IsSuccess)
        {
            saved.Error.Code.Should().Be(IBotStateStore.ConcurrencyConflict);
        }

        return saved.IsSuccess;
    }
}

public sealed class SqliteBotStateStoreContract : BotStateStoreContract
{
    private protected override IStoreBackend CreateBackend() => new SqliteBackend();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureBotStateStoreContract(AzuriteFixture azurite) : BotStateStoreContract
{
    private protected override IStoreBackend CreateBackend() => new AzureBackend(azurite);
}
