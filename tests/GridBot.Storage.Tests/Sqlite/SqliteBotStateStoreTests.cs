using System.Text.Json.Nodes;
using GridBot.Core.Errors;
using GridBot.Core.Ports;
using GridBot.Storage.Sqlite;
using Xunit.Abstractions;

namespace GridBot.Storage.Tests.Sqlite;

/// <summary>The SQLite store's version-counter ETags and clock stamps; what every state store promises is in <c>Contracts/BotStateStoreContract</c>.</summary>
public sealed class SqliteBotStateStoreTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SaveAsync_CreateThenLoad_RoundTripsJsonAndTag()
    {
        var store = (await _temp.OpenAsync()).States;

        var created = await store.SaveAsync("bot-1", """{"n":1}""", null, CancellationToken.None);
        var loaded = await store.LoadAsync("bot-1", CancellationToken.None);

        created.Value.Should().Be("v1");
        loaded.Should().Be(new StoredState<string>("""{"n":1}""", "v1"));
    }

    [Fact]
    public async Task SaveAsync_WithCurrentTag_StoresAndChangesTagEveryTime()
    {
        var store = (await _temp.OpenAsync()).States;
        var tag = (await store.SaveAsync("bot-1", "{}", null, CancellationToken.None)).Value;
        var tags = new List<string> { tag };

        for (var i = 0; i < 3; i++)
        {
            tag = (await store.SaveAsync("bot-1", "{}", tag, CancellationToken.None)).Value; // same JSON each time
            tags.Add(tag);
        }

        tags.Should().Equal("v1", "v2", "v3", "v4");
        (await store.LoadAsync("bot-1", CancellationToken.None))!.ETag.Should().Be("v4");
    }

    [Fact]
    public async Task SaveAsync_StaleTag_ConflictAndStoredValueUnchanged()
    {
        var store = (await _temp.OpenAsync()).States;
        var first = (await store.SaveAsync("bot-1", """{"n":1}""", null, CancellationToken.None)).Value;
        var second = (await store.SaveAsync("bot-1", """{"n":2}""", first, CancellationToken.None)).Value;

        var stale = await store.SaveAsync("bot-1", """{"n":99}""", first, CancellationToken.None);

        stale.IsSuccess.Should().BeFalse();
        stale.Error!.Kind.Should().Be(ErrorKind.Other);
        stale.Error.Code.Should().Be(IBotStateStore.ConcurrencyConflict);
        stale.Error.IsTransient.Should().BeFalse();
        stale.Error.Message.Should().Contain("stale").And.Contain("'v1'").And.Contain("'v2'");
        (await store.LoadAsync("bot-1", CancellationToken.None)).Should().Be(new StoredState<string>("""{"n":2}""", second));
    }

    [Fact]
    public async Task SaveAsync_Always_StampsUpdatedMsFromClock()
    {
        var store = (await _temp.OpenAsync()).States;
        var tag = (await store.SaveAsync("bot-1", "{}", null, CancellationToken.None)).Value;
        _temp.Clock.NowMs = 1_700_000_060_000;

        await store.SaveAsync("bot-1", "{}", tag, CancellationToken.None);

        (await _temp.ScalarAsync("SELECT updated_ms FROM bots_state WHERE bot_id = 'bot-1'")).Should().Be(1_700_000_060_000L);
    }

    [Fact]
    public async Task SaveAsync_TwoRacingWriters_NoLostUpdate()
    {
        const int writers = 2;
        const int incrementsEach = 200;
        var store = (await _temp.OpenAsync()).States;
        await store.SaveAsync("bot-1", """{"counter":0}""", null, CancellationToken.None);
        using var start = new Barrier(writers);

        var conflicts = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            start.SignalAndWait();
            var conflictCount = 0;
            for (var i = 0; i < incrementsEach; i++)
            {
                while (!await Contracts.BotStateStoreContract.TryIncrementAsync(store))
                {
                    conflictCount++;
                }
            }

            return conflictCount;
        })));

        var final = await store.LoadAsync("bot-1", CancellationToken.None);
        JsonNode.Parse(final!.Value)!["counter"]!.GetValue<int>().Should().Be(400);
        final.ETag.Should().Be("v401");
        output.WriteLine($"racing writers: {conflicts.Sum()} conflicts retried");
    }
}
