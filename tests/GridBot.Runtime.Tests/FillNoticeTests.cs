using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Tests;

/// <summary>
/// Fills are announced once per read (a Tick's), in one message listing them, and only when the ledger had not
/// recorded them: the overlapping re-read of the next Tick, or a restarted runtime, announces nothing again.
/// </summary>
public sealed class FillNoticeTests
{
    private const long Start = 1_700_000_000_000;
    private const long Minute = 60_000;

    [Fact]
    public async Task EachTicksNewFills_OneMessageListingThem_NeverRepeated()
    {
        var config = RuntimeHarness.Config41();
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, Start);
        await using var runtime = h.NewRuntime();
        var replay = h.Replay(runtime);
        h.Paper.MoveTo(22_000m, Start);
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        var bars = new[] { 22_000m, 21_400m, 21_400m, 22_300m, 22_300m }
            .Select((p, i) => new Bar(Start + ((i + 1) * Minute), p, Math.Max(p, 22_000m), Math.Min(p, 21_400m), p, 1m)).ToList();

        foreach (var (bar, i) in bars.Select((b, i) => (b, i)))
        {
            await replay.ReplayBarAsync(config.BotId, bar, i == 0, default);
        }

        await runtime.PollFillsAsync(config.BotId);
        var notices = h.Notifier.Messages.Where(m => m.Contains(" fill", StringComparison.Ordinal) && m.Contains(" on BTC", StringComparison.Ordinal)).ToList();
        var fills = (await h.Storage.Fills.QueryAsync(config.BotId, null, null, default)).ToList();

        fills.Count.Should().BeGreaterThan(3, "the bars cross several levels each way");
        notices.Should().NotBeEmpty().And.HaveCountLessThan(fills.Count, "fills of one read share one message");
        var announced = notices.Sum(n => int.Parse(n.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture));
        announced.Should().Be(fills.Count, "every recorded fill is announced exactly once, re-reads included");
        notices.Should().OnlyContain(n => n.StartsWith($"bot {config.BotId}: ", StringComparison.Ordinal) && n.Contains("\nnet ", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_ManyFills_CountLinesCappedAndNet()
    {
        var symbol = new Symbol("BTC", "USDT");
        var fills = Enumerable.Range(0, 12).Select(i => new ExchangeFill(
            symbol, $"t{i}", $"c{i}", $"o{i}", i % 3 == 0 ? OrderSide.Sell : OrderSide.Buy, 20_000m + i, 0.001m, new CashAmount(0.02m, "USDT"), i % 2 == 0, Start)).ToList();

        var text = FillNotice.Text("b1", fills);

        var lines = text.Split('\n');
        lines[0].Should().Be("bot b1: 12 fills on " + symbol);
        lines[1].Should().Be("SELL 0.001 @ 20000 (maker, fee 0.02 USDT)");
        lines[2].Should().Be("BUY 0.001 @ 20001 (taker, fee 0.02 USDT)");
        lines.Should().HaveCount(1 + FillNotice.MaxLines + 2);
        lines[^2].Should().Be("… and 2 more");
        lines[^1].Should().Be("net +0.004 BTC", "8 buys and 4 sells of 0.001");
    }
}
