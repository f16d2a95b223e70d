using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GridBot.Core.Errors;
using GridBot.Core.Flatten;
using GridBot.Core.Grid;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Positions;
using GridBot.Core.Risk;
using GridBot.Core.Safety;
using GridBot.Core.Serialization;
using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Serialization;

/// <summary>Every persisted Core record survives a trip through the source-generated context unchanged.</summary>
public class CoreJsonContextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void RoundTrip_GridStateAfterFillsAndTrailing_Unchanged()
    {
        var rules = new SymbolRules(Btc, 0.01m, 0.00001m, 0.00001m, 9000m, 5m, percentPrice: new PercentPriceBand(5m, 0.2m, 5m, 0.2m), maxOpenOrders: 200);
        var spec = new GridSpec(100m, 140m, 5, GridSpacing.Geometric, LevelSizing.Quote(25m), TrailingUp: true, StopLossPrice: 90m);
        var state = GridEngine.Start(GridLayout.Create(spec, rules).Value, 140m);
        state = GridEngine.OnPrice(state, 160m).State;
        state = GridEngine.OnFill(state, state.Orders[0].Level, state.Orders[0].Side, state.Orders[0].Quantity / 2).Value.State;

        var copy = RoundTrip(state, CoreJsonContext.Default.GridState);

        copy.Should().BeEquivalentTo(state);
        copy.Generation.Should().BeGreaterThan(0);
    }

    [Fact]
    public void RoundTrip_Position_ExactDecimals()
    {
        var position = new Position(Btc).Apply(OrderSide.Buy, 0.001m, 50_000m).Position.Apply(OrderSide.Buy, 0.002m, 52_000m, 0.104m).Position;

        RoundTrip(position, CoreJsonContext.Default.Position).Should().Be(position);
    }

    [Fact]
    public void Serialize_Enums_AsStringsCamelCase()
    {
        var json = JsonSerializer.Serialize(new GridSpec(1m, 2m, 2, GridSpacing.Geometric, LevelSizing.Base(1m)), CoreJsonContext.Default.GridSpec);

        json.Should().Contain("\"spacing\":\"Geometric\"").And.Contain("\"mode\":\"BaseQuantity\"");
    }

    [Fact]
    public void RoundTrip_SafetyState_Unchanged()
    {
        var breaker = CircuitBreakerState.Create("api-errors", 5m).Check(7m, Now);
        var breakers = SafetyBreaker.Defaults(RiskLimits.Default);
        var session = SessionRiskState.Start("s-1", Btc, Now);
        var metrics = new RiskMetrics(0.12m, 0.5, 0.3, 0.2m, 2);
        var market = new MarketConditions(MarketRegime.Normal, MarketTrend.Sideways, 18.5, 1.2);

        RoundTrip(breaker, CoreJsonContext.Default.CircuitBreakerState).Should().BeEquivalentTo(breaker);
        RoundTrip(breakers[0], CoreJsonContext.Default.SafetyBreaker).Should().BeEquivalentTo(breakers[0]);
        RoundTrip(session, CoreJsonContext.Default.SessionRiskState).Should().BeEquivalentTo(session);
        RoundTrip(RiskLimits.Default, CoreJsonContext.Default.RiskLimits).Should().BeEquivalentTo(RiskLimits.Default);
        var report = RiskReports.Build(metrics, market, Now);
        RoundTrip(report, CoreJsonContext.Default.RiskReport).Should().BeEquivalentTo(report);
    }

    [Fact]
    public void RoundTrip_ErrorTracking_Unchanged()
    {
        RoundTrip(RetrySchedule.Api, CoreJsonContext.Default.RetryPolicy).Should().Be(RetrySchedule.Api);
        RoundTrip(new ExposureCaps(0.15m, 0.30m), CoreJsonContext.Default.ExposureCaps).Should().Be(new ExposureCaps(0.15m, 0.30m));
    }

    [Fact]
    public void RoundTrip_FlattenInProgress_Unchanged()
    {
        var state = FlattenPlanner.Start(Btc, 1m, 0.00001m, new FlattenConfig(), Now, "manual").Value;
        state = FlattenPlanner.NextSlice(state, new TopOfBook(49_950m, 49_951m), Now).State;

        RoundTrip(state, CoreJsonContext.Default.FlattenState).Should().BeEquivalentTo(state);
        var result = FlattenResult.From(state);
        RoundTrip(result, CoreJsonContext.Default.FlattenResult).Should().BeEquivalentTo(result);
    }

    [Fact]
    public void RoundTrip_ReportsAndSuggestions_Unchanged()
    {
        var bars = Enumerable.Range(0, 20).Select(i => new Bar(i * 60_000L, 100m + i, 102m + i, 99m + i, 101m + i, 1m)).ToList();
        var suggestion = BaselineHeuristic.Suggest(bars).Value;

        RoundTrip(suggestion, CoreJsonContext.Default.GridSuggestion).Should().BeEquivalentTo(suggestion);
        RoundTrip(FeeSchedule.Default, CoreJsonContext.Default.FeeSchedule).Should().Be(FeeSchedule.Default);
        RoundTrip(new CashAmount(0.0015m, "bnb"), CoreJsonContext.Default.CashAmount).Should().Be(new CashAmount(0.0015m, "BNB"));
    }

    [Fact]
    public void RoundTrip_RunningBotWithIntentsAndFills_Unchanged()
    {
        var bot = new Bots.BotFixture().Started();
        bot.AckAll();
        bot.Fill(bot.GridIntent(1, OrderSide.Buy), 110m);

        var copy = RoundTrip(bot.State, CoreJsonContext.Default.BotState);

        copy.Should().BeEquivalentTo(bot.State);
        copy.Intents.Should().HaveCount(bot.State.Intents.Count);
    }

    [Fact]
    public void RoundTrip_Operations_KeepTheirType()
    {
        GridBot.Core.Bots.Operations.BotOperation[] ops =
        [
            new GridBot.Core.Bots.Operations.PauseBot("why"),
            new GridBot.Core.Bots.Operations.Tick(),
            new GridBot.Core.Bots.Operations.OrderRejected("c1", new Error(ErrorKind.UnknownStatus, "503", "timeout")),
            new GridBot.Core.Bots.Operations.FillObserved(new ExchangeFill(Btc, "t1", "c1", "x1", OrderSide.Buy, 1.5m, 2m, new CashAmount(0.01m, "USDT"), true, 5)),
            new GridBot.Core.Bots.Operations.FillsReadThrough(1_700_000_000_000),
        ];

        foreach (var op in ops)
        {
            var json = JsonSerializer.Serialize(op, CoreJsonContext.Default.BotOperation);
            var copy = JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotOperation)!;
            copy.GetType().Should().Be(op.GetType());
            JsonSerializer.Serialize(copy, CoreJsonContext.Default.BotOperation).Should().Be(json);
            json.Should().StartWith("{\"op\":");
        }
    }

    private static T RoundTrip<T>(T value, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.Serialize(value, info);
        return JsonSerializer.Deserialize(json, info)!;
    }
}
