using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Sqlite;

public sealed class SqliteFillLedgerTests : IDisposable
{
    private readonly TempSqlite _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AppendAsync_SameTradeTwice_StoresOnceAndReturnsFalseSecondTime()
    {
        var ledger = (await _temp.OpenAsync()).Fills;

        var first = await ledger.AppendAsync("bot-1", SqliteFills.Make("t1", price: 100m), CancellationToken.None);
        var second = await ledger.AppendAsync("bot-1", SqliteFills.Make("t1", price: 999m), CancellationToken.None);

        first.Should().BeTrue();
        second.Should().BeFalse();
        (await ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(1);
        (await ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single().Price.Should().Be(100m);
    }

    [Fact]
    public async Task AppendAsync_SameTradeIdForTwoBots_KeepsBoth()
    {
        var ledger = (await _temp.OpenAsync()).Fills;

        (await ledger.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeTrue();
        (await ledger.AppendAsync("bot-2", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeTrue();

        (await ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(1);
        (await ledger.CountAsync("bot-2", CancellationToken.None)).Should().Be(1);
        (await ledger.CountAsync("bot-3", CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task QueryAsync_FillsRecordedOutOfTimeOrder_ReturnedInRecordingOrder()
    {
        var ledger = (await _temp.OpenAsync()).Fills;
        foreach (var (trade, time) in new[] { ("t-c", 300L), ("t-a", 100L), ("t-b", 200L) })
        {
            await ledger.AppendAsync("bot-1", SqliteFills.Make(trade, time), CancellationToken.None);
        }

        var fills = await ledger.QueryAsync("bot-1", null, null, CancellationToken.None);

        fills.Select(f => f.TradeId).Should().Equal("t-c", "t-a", "t-b");
    }

    [Theory]
    [InlineData(null, null, new[] { "t1", "t2", "t3", "t4", "t5" })]
    [InlineData(300L, null, new[] { "t3", "t4", "t5" })]
    [InlineData(301L, null, new[] { "t4", "t5" })]
    [InlineData(null, 2, new[] { "t1", "t2" })]
    [InlineData(200L, 2, new[] { "t2", "t3" })]
    [InlineData(600L, null, new string[0])]
    [InlineData(null, 0, new string[0])]
    public async Task QueryAsync_SinceAndLimit_FiltersInclusiveThenTakesFirst(long? sinceMs, int? limit, string[] expected)
    {
        var ledger = (await _temp.OpenAsync()).Fills;
        for (var i = 1; i <= 5; i++)
        {
            await ledger.AppendAsync("bot-1", SqliteFills.Make($"t{i}", i * 100L), CancellationToken.None);
        }

        var fills = await ledger.QueryAsync("bot-1", sinceMs, limit, CancellationToken.None);

        fills.Select(f => f.TradeId).Should().Equal(expected);
    }

    [Theory]
    [InlineData("0.12345678901234567890123456")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("1.50")]
    [InlineData("0")]
    public async Task AppendAsync_Decimals_RoundTripExactlyWithScale(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var ledger = (await _temp.OpenAsync()).Fills;
        var fill = SqliteFills.Make("t1") with { Price = value, Quantity = value, Fee = new CashAmount(value, "USDT") };

        await ledger.AppendAsync("bot-1", fill, CancellationToken.None);
        var read = (await ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single();

        read.Price.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text);
        read.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text);
        read.Fee.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(text);
        (await _temp.ScalarAsync("SELECT typeof(price) FROM fills")).Should().Be("text");
    }

    [Fact]
    public async Task QueryAsync_AfterAppend_EveryFieldRoundTripsIncludingFeeAsset()
    {
        var ledger = (await _temp.OpenAsync()).Fills;
        var fill = new ExchangeFill(
            new Symbol("SOL", "FDUSD"), "trade-77", "gb-x-g2-L5-S", "ex-5", OrderSide.Sell,
            142.37m, 3.5m, new CashAmount(0.00042m, "BNB"), IsMaker: false, 1_700_000_123_456);

        await ledger.AppendAsync("bot-1", fill, CancellationToken.None);

        (await ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single().Should().Be(fill);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentTasksWithOverlappingTrades_NoLossNoDuplicate()
    {
        const int tasks = 4;
        const int sharedTrades = 100;
        const int ownTrades = 200;
        var ledger = (await _temp.OpenAsync()).Fills;
        using var start = new Barrier(tasks);

        var inserted = await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            var count = 0;
            for (var i = 0; i < Math.Max(sharedTrades, ownTrades); i++)
            {
                count += i < sharedTrades && await ledger.AppendAsync("bot-1", SqliteFills.Make($"s{i}"), CancellationToken.None) ? 1 : 0;
                count += i < ownTrades && await ledger.AppendAsync("bot-1", SqliteFills.Make($"o{t}-{i}"), CancellationToken.None) ? 1 : 0;
            }

            return count;
        })));

        const int expected = sharedTrades + (tasks * ownTrades);
        inserted.Sum().Should().Be(expected);
        (await ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(expected);
        (await ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Select(f => f.TradeId).Should().OnlyHaveUniqueItems().And.HaveCount(expected);
        (await _temp.ScalarAsync("SELECT COUNT(DISTINCT seq) || '/' || MAX(seq) FROM fills")).Should().Be($"{expected}/{expected}");
    }

    [Fact]
    public async Task QueryAsync_NewLedgerOnReopenedFile_SeesFills()
    {
        using (var first = await _temp.OpenAsync())
        {
            await first.Fills.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None);
        }

        var reopened = (await _temp.OpenAsync()).Fills;

        (await reopened.QueryAsync("bot-1", null, null, CancellationToken.None)).Should().Equal(SqliteFills.Make("t1"));
        (await reopened.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeFalse();
    }
}
