using System.Text.Json;
using GridBot.Backtesting.Data;
using GridBot.Core.Bots;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;
using GridBot.Core.Sizing;
using GridBot.Runtime;
using GridFunctions.Testing;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Durable;

/// <summary>
/// The Function app's bot on the real Durable engine (entity + orchestrations + activities, Azure Storage backend on
/// Azurite) against the local runtime (mailbox + SQLite) on the same real 1m bars with the same paper venue and
/// clock: the same fills, orders, final state and ledger, fill for fill.
/// </summary>
public sealed class DurableReplayTests(ITestOutputHelper output)
{
    private const int BarCount = 240;

    [SkippableFact]
    public async Task RealBars_DurableBotAndLocalBot_SameFillsOrdersStateAndLedger()
    {
        var bars = BarCsvReader.Load(SharedData.Require(SharedData.Btc1m)).Value.Bars[..BarCount];
        var config = GridOver(bars, "dur1");

        var (local, localLedger) = await LocalReplay.RunAsync(config, bars);
        await using var rig = await DurableRig.StartAsync(config, bars[0].OpenTimeMs);
        var started = DateTime.UtcNow;
        var durable = await new PaperReplay(rig.Host, rig.Paper, rig.Clock, LocalReplay.TickInterval).RunAsync(config, bars, null, rig.Storage.Fills, CancellationToken.None);
        var elapsed = DateTime.UtcNow - started;
        var durableLedger = await rig.Storage.Fills.QueryAsync(config.BotId, null, null, CancellationToken.None);
        output.WriteLine($"{bars.Length} bars, {durable.Fills.Count} fills, {rig.Engine.Started.Count} BotOperation instances in {elapsed.TotalSeconds:N1} s");

        durable.Fills.Count(f => f.Side == OrderSide.Buy).Should().BeGreaterThanOrEqualTo(10);
        durable.Fills.Count(f => f.Side == OrderSide.Sell).Should().BeGreaterThanOrEqualTo(10);
        durable.Fills.Should().Equal(local.Fills, "the venue saw the same fills");
        durable.Orders.Should().Be(local.Orders);
        durable.Cancels.Should().Be(local.Cancels);
        Comparable(durable.FinalState).Should().Be(Comparable(local.FinalState));
        durableLedger.Should().Equal(localLedger);
        rig.Published.Fills.Select(p => p.Fill.TradeId).Should().Equal(local.Fills.Select(f => f.TradeId), "every fill was published once, in order");
        (await rig.Storage.Registry.GetAsync(config.BotId, CancellationToken.None))!.Status.Should().Be(local.FinalState.Status.ToString());
    }

    /// <summary>A 21-level grid over the bars' own range: it trades both ways many times.</summary>
    internal static BotConfig GridOver(IReadOnlyList<Bar> bars, string botId, GridBot.Core.Safety.RiskLimits? limits = null)
    {
        var low = bars.Min(b => b.Low);
        var high = bars.Max(b => b.High);
        return new BotConfig(botId, Venue.Paper, MarketType.Spot, new SymbolRules(new Symbol("BTC", "USDC"), 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(decimal.Round(low, 2), decimal.Round(high, 2), 21, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 5_000m,
            FeeSchedule.FromBps(10m, 10m), limits ?? GridBot.Runtime.Control.RiskDefaults.Off);
    }

    /// <summary>The state without the fields the local runtime may leave unsaved (time, last price, peak: refreshed by every Tick).</summary>
    internal static string Comparable(BotState state) =>
        JsonSerializer.Serialize(state with { UpdatedMs = 0, Risk = state.Risk with { LastPrice = null, PeakEquity = 0m } }, CoreJsonContext.Default.BotState);

}
