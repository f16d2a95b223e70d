using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Tests;

/// <summary>The TWAP flatten and fees in BNB through the whole runtime on the paper venue.</summary>
public class FlattenAndFeeRuntimeTests
{
    private const long T0 = 1_700_000_000_000;

    [Fact]
    public async Task Flatten_ThinBook_SeveralIocSlicesThenMarketAtTheDeadline_PositionZero()
    {
        var config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 5m, T0, o => o with { TouchDepth = 0.004m });
        h.Paper.MoveTo(22_000m, T0);
        await using var runtime = h.NewRuntime();
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        var held = (await runtime.GetStateAsync(config.BotId))!.Position.Quantity;
        held.Should().BeGreaterThan(0.04m, "the start-up buy bought the base of the sells above 22 000");

        await runtime.SendAndWaitAsync(config.BotId, new FlattenBot("test"));
        for (var minute = 1; minute <= 10 && (await runtime.GetStateAsync(config.BotId))!.Status == BotStatus.Flattening; minute++)
        {
            h.Clock.Set(T0 + (minute * 60_000L));
            h.Paper.MoveTo(22_000m - minute, T0 + (minute * 60_000L)); // the market moves: the touch refills
            await runtime.SendAndWaitAsync(config.BotId, new Tick());
        }

        var state = (await runtime.GetStateAsync(config.BotId))!;
        var closes = new List<ExchangeOrder>();
        foreach (var (id, _) in h.Exchange.Placements.Where(p => p.ClientOrderId.EndsWith("-flat", StringComparison.Ordinal)))
        {
            closes.Add((await h.Paper.GetOrderAsync(config.Rules.Symbol, id, default)).Value);
        }

        state.Status.Should().Be(BotStatus.RequiresManualResume, state.StatusReason);
        closes.Count(o => o.Type == OrderType.LimitIoc && o.FilledQuantity > 0m).Should().BeGreaterThan(1, "the slices take what the thin book offers");
        closes.Should().Contain(o => o.Type == OrderType.Market, "a slice the book could not fill by its deadline goes at market");
        closes.Sum(o => o.FilledQuantity).Should().Be(held);
        state.Position.Quantity.Should().Be(0m);
        (await h.Paper.GetBalancesAsync(default)).Value.Single(b => b.Asset == "BTC").Total.Should().Be(0m);
        state.Flatten!.UsedMarketFallback.Should().BeTrue();
    }

    [Fact]
    public async Task Replay_FeesInBnb_BotCountsThemAtTheVenuesPrice()
    {
        var config = RuntimeHarness.Config41(lower: 20_000m, upper: 24_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, T0, o => o with { FeeAsset = "BNB", FeeAssetPrice = 300m, StartingFeeAsset = 50m });
        await using var runtime = h.NewRuntime();
        var bars = RuntimeHarness.Simulated(seed: 5, bars: 3_000);

        var result = await h.Replay(runtime).RunAsync(config, bars, null, h.Storage.Fills, default);

        result.Fills.Should().HaveCountGreaterThan(20).And.OnlyContain(f => f.Fee.Asset == "BNB");
        var paid = result.Fills.Sum(f => f.Fee.Amount) * 300m;
        result.FinalState.Position.FeesPaid.Should().Be(paid);
        result.FinalState.UnconvertedFees.Should().BeNullOrEmpty();
        h.Paper.TotalFees.Should().Be(paid);
    }
}
