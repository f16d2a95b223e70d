using System.Diagnostics;
using System.Globalization;
using System.Text;
using GridBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace GridBot.Storage.Tests.Sqlite;

/// <summary>Measurements only: they write to the test output and assert correctness, never a timing.</summary>
public sealed class SqliteThroughputTests(ITestOutputHelper output) : IDisposable
{
    private const int Saves = 2_000;
    private const int ReplayBars = 30_240;

    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SqliteSynchronous.Normal)]
    [InlineData(SqliteSynchronous.Full)]
    public async Task SaveAsync_2000SavesOf10KbWithIfMatch_ReportsSavesPerSecond(SqliteSynchronous synchronous)
    {
        var store = (await _temp.OpenAsync(synchronous)).States;
        var json = StateJson(10_000);
        var tag = (await store.SaveAsync("bot-1", json, null, CancellationToken.None)).Value;

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Saves; i++)
        {
            tag = (await store.SaveAsync("bot-1", json, tag, CancellationToken.None)).Value;
        }

        clock.Stop();
        var perSecond = Saves / clock.Elapsed.TotalSeconds;
        output.WriteLine(
            $"synchronous={synchronous}: {Saves} saves of {json.Length} B in {clock.ElapsedMilliseconds} ms = " +
            $"{perSecond:F0} saves/s; a {ReplayBars}-bar replay saving every bar would spend {ReplayBars / perSecond:F1} s saving");
        tag.Should().Be($"v{Saves + 1}");
        json.Length.Should().BeInRange(10_000, 10_200);
    }

    [Fact]
    public async Task ConnectionStrategy_PooledPerOperationVersusOneHeldConnection_Reports()
    {
        var storage = await _temp.OpenAsync();
        await storage.States.SaveAsync("bot-1", StateJson(10_000), null, CancellationToken.None);

        var pooled = await TimeAsync(async () =>
        {
            await using var connection = await storage.Database.OpenConnectionAsync(CancellationToken.None);
            return await TouchAsync(connection);
        });
        await using var held = await storage.Database.OpenConnectionAsync(CancellationToken.None);
        using var gate = new SemaphoreSlim(1);
        var single = await TimeAsync(async () =>
        {
            await gate.WaitAsync();
            try
            {
                return await TouchAsync(held);
            }
            finally
            {
                gate.Release();
            }
        });

        output.WriteLine($"pooled connection per operation: {pooled:F1} µs/op; one held connection + lock: {single:F1} µs/op");
        (await _temp.ScalarAsync("SELECT version FROM bots_state")).Should().Be((2L * Saves) + 1);
    }

    private static async Task<double> TimeAsync(Func<Task<int>> operation)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Saves; i++)
        {
            (await operation()).Should().Be(1);
        }

        return clock.Elapsed.TotalMicroseconds / Saves;
    }

    private static async Task<int> TouchAsync(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bots_state SET version = version + 1 WHERE bot_id = 'bot-1'";
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A bot-state-like JSON document of about <paramref name="bytes"/> bytes.</summary>
    private static string StateJson(int bytes)
    {
        var json = new StringBuilder("{\"botId\":\"bot-1\",\"levels\":[");
        for (var i = 0; json.Length < bytes; i++)
        {
            json.Append(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "" : ",")}{{\"index\":{i},\"price\":\"{37_000m + (i * 12.5m)}\",\"quantity\":\"0.00123\",\"side\":\"Buy\"}}");
        }

        return json.Append("]}").ToString();
    }
}
