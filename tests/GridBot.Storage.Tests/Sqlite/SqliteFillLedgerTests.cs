namespace GridBot.Storage.Tests.Sqlite;

/// <summary>How the SQLite ledger stores fills; what every ledger promises is in <c>Contracts/FillLedgerContract</c>.</summary>
public sealed class SqliteFillLedgerTests : IDisposable
{
    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AppendAsync_Decimals_StoredAsText()
    {
        var ledger = (await _temp.OpenAsync()).Fills;

        await ledger.AppendAsync("bot-1", SqliteFills.Make("t1", price: 0.12345678901234567890123456m), CancellationToken.None);

        (await _temp.ScalarAsync("SELECT typeof(price) FROM fills")).Should().Be("text");
    }

    [Fact]
    public async Task AppendAsync_ConcurrentTasks_SequenceNumbersDenseAndUnique()
    {
        const int tasks = 4;
        const int each = 200;
        var ledger = (await _temp.OpenAsync()).Fills;
        using var start = new Barrier(tasks);

        await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < each; i++)
            {
                await ledger.AppendAsync("bot-1", SqliteFills.Make($"o{t}-{i}"), CancellationToken.None);
                await ledger.AppendAsync("bot-1", SqliteFills.Make($"shared-{i}"), CancellationToken.None);
            }
        })));

        const int expected = (tasks * each) + each;
        (await _temp.ScalarAsync("SELECT COUNT(DISTINCT seq) || '/' || MAX(seq) FROM fills")).Should().Be($"{expected}/{expected}");
    }
}
