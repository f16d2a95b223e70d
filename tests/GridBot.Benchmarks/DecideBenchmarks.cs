using BenchmarkDotNet.Attributes;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;

namespace GridBot.Benchmarks;

/// <summary>Mean cost of the pure entity on a running 41-level bot: a grid fill (places the counter order) and a Tick.</summary>
[MemoryDiagnoser]
public class DecideBenchmarks
{
    private BotState _state = null!;
    private FillObserved _fill = null!;
    private readonly Tick _tick = new();
    private readonly MarketView _view = MarketView.At(1_700_000_060_000, 22_000m);

    [GlobalSetup]
    public void Setup()
    {
        _state = BotFixtures.RunningBot();
        var buy = _state.Intents.Where(i => i.Side == GridBot.Core.Market.OrderSide.Buy).MaxBy(i => i.Price)!;
        _fill = new FillObserved(BotFixtures.Fill(buy, "t1"));
    }

    [Benchmark(Description = "Decide(FillObserved) on a 41-level bot")]
    public BotDecision Fill() => BotEntity.Decide(_state, _fill, _view);

    [Benchmark(Description = "Decide(Tick) on a 41-level bot")]
    public BotDecision Tick() => BotEntity.Decide(_state, _tick, _view);
}
