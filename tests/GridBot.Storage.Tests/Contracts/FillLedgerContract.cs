using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Tests.Sqlite;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>What every <see cref="IFillLedger"/> promises, run against each implementation.</summary>
public abstract class FillLedgerContract : StoreContract
{
    private IFillLedger Ledger => Stores.Fills;

    [Fact]
    public async Task AppendAsync_SameTradeTwice_StoresOnceAndReturnsFalseSecondTime()
    {
        var first = await Ledger.AppendAsync("bot-1", SqliteFills.Make("t1", price: 100m), CancellationToken.None);
        var second = await Ledger.AppendAsync("bot-1", SqliteFills.Make("t1", price: 999m), CancellationToken.None);

        first.Should().BeTrue();
        second.Should().BeFalse();
        (await Ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(1);
        (await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single().Price.Should().Be(100m);
    }

    [Fact]
    public async Task AppendAsync_SameTradeIdForTwoBots_KeepsBoth()
    {
        (await Ledger.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeTrue();
        (await Ledger.AppendAsync("bot-2", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeTrue();

        (await Ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(1);
        (await Ledger.CountAsync("bot-2", CancellationToken.None)).Should().Be(1);
        (await Ledger.CountAsync("bot-3", CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task QueryAsync_FillsRecordedOutOfTimeOrder_ReturnedInRecordingOrder()
    {
        foreach (var (trade, time) in new[] { ("t-c", 300L), ("t-a", 100L), ("t-b", 200L) })
        {
            await Ledger.AppendAsync("bot-1", SqliteFills.Make(trade, time), CancellationToken.None);
        }

        var fills = await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None);

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
        for (var i = 1; i <= 5; i++)
        {
            await Ledger.AppendAsync("bot-1", SqliteFills.Make($"t{i}", i * 100L), CancellationToken.None);
        }

        var fills = await Ledger.QueryAsync("bot-1", sinceMs, limit, CancellationToken.None);

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
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var fill = SqliteFills.Make("t1") with { Price = value, Quantity = value, Fee = new CashAmount(value, "USDT") };

        await Ledger.AppendAsync("bot-1", fill, CancellationToken.None);
        var read = (await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single();

        read.Price.ToString(CultureInfo.InvariantCulture).Should().Be(text);
        read.Quantity.ToString(CultureInfo.InvariantCulture).Should().Be(text);
        read.Fee.Amount.ToString(CultureInfo.InvariantCulture).Should().Be(text);
    }

    [Fact]
    public async Task QueryAsync_AfterAppend_EveryFieldRoundTripsIncludingFeeAsset()
    {
        var fill = new ExchangeFill(
            new Symbol("SOL", "FDUSD"), "trade-77", "gb-x-g2-L5-S", "ex-5", OrderSide.Sell,
            142.37m, 3.5m, new CashAmount(0.00042m, "BNB"), IsMaker: false, 1_700_000_123_456);

        await Ledger.AppendAsync("bot-1", fill, CancellationToken.None);

        (await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Single().Should().Be(fill);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("x#1?y")]
    [InlineData("~count")]
    [InlineData("100%")]
    [InlineData("back\\slash")]
    public async Task AppendAsync_TradeIdsWithAwkwardCharacters_KeptApartAndRoundTrip(string tradeId)
    {
        (await Ledger.AppendAsync("bot-1", SqliteFills.Make(tradeId), CancellationToken.None)).Should().BeTrue();
        (await Ledger.AppendAsync("bot-1", SqliteFills.Make("plain"), CancellationToken.None)).Should().BeTrue();
        (await Ledger.AppendAsync("bot-1", SqliteFills.Make(tradeId), CancellationToken.None)).Should().BeFalse();

        (await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Select(f => f.TradeId).Should().Equal(tradeId, "plain");
        (await Ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(2);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentTasksWithOverlappingTrades_NoLossNoDuplicate()
    {
        const int tasks = 4;
        var sharedTrades = 25 * Backend.RaceScale;
        var ownTrades = 50 * Backend.RaceScale;
        using var start = new Barrier(tasks);

        var inserted = await Task.WhenAll(Enumerable.Range(0, tasks).Select(t => Task.Run(async () =>
        {
            start.SignalAndWait();
            var count = 0;
            for (var i = 0; i < Math.Max(sharedTrades, ownTrades); i++)
            {
                count += i < sharedTrades && await Ledger.AppendAsync("bot-1", SqliteFills.Make($"s{i}"), CancellationToken.None) ? 1 : 0;
                count += i < ownTrades && await Ledger.AppendAsync("bot-1", SqliteFills.Make($"o{t}-{i}"), CancellationToken.None) ? 1 : 0;
            }

            return count;
        })));

        var expected = sharedTrades + (tasks * ownTrades);
        inserted.Sum().Should().Be(expected);
        (await Ledger.CountAsync("bot-1", CancellationToken.None)).Should().Be(expected);
        (await Ledger.QueryAsync("bot-1", null, null, CancellationToken.None)).Select(f => f.TradeId).Should().OnlyHaveUniqueItems().And.HaveCount(expected);
    }

    [Fact]
    public async Task QueryAsync_ReopenedStores_SeeFillsAndStillRefuseTheSameTrade()
    {
        await Ledger.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None);

        var reopened = (await Backend.OpenAsync()).Fills;

        (await reopened.QueryAsync("bot-1", null, null, CancellationToken.None)).Should().Equal(SqliteFills.Make("t1"));
        (await reopened.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None)).Should().BeFalse();
        (await reopened.AppendAsync("bot-1", SqliteFills.Make("t2"), CancellationToken.None)).Should().BeTrue();
        (await reopened.QueryAsync("bot-1", null, null, CancellationToken.None)).Select(f => f.TradeId).Should().Equal("t1", "t2");
    }
}

public sealed class SqliteFillLedgerContract : FillLedgerContract
{
    private protected override IStoreBackend CreateBackend() => new SqliteBackend();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureFillLedgerContract(AzuriteFixture azurite) : FillLedgerContract
{
    private protected override IStoreBackend CreateBackend() => new AzureBackend(azurite);
}
