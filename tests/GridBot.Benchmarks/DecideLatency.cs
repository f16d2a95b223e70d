using System.Diagnostics;
using System.Globalization;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;

namespace GridBot.Benchmarks;

/// <summary>
/// Per-call latency of Decide over a long realistic sequence (fills that place counter orders, their acknowledgements,
/// ticks), timed one call at a time: p50, p99, p99.9 and max. Run: <c>-- decide-latency</c>.
/// </summary>
internal static class DecideLatency
{
    public static void Run()
    {
        var samples = new List<double>(300_000);
        for (var round = 0; round < 3; round++)
        {
            samples.Clear();
            Measure(samples);
        }

        samples.Sort();
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Decide latency over {samples.Count:N0} calls: p50 {P(0.50):F2} µs, p99 {P(0.99):F2} µs, p99.9 {P(0.999):F2} µs, max {samples[^1]:F2} µs"));
    }

    private static void Measure(List<double> samples)
    {
        var state = BotFixtures.RunningBot();
        var trade = 0;
        var now = 1_700_000_060_000L;
        for (var i = 0; i < 25_000; i++)
        {
            // Alternate the nearest buy and the nearest sell filling, as a sideways market does.
            var side = i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
            var candidates = state.Intents.Where(x => x.Side == side && x.Kind == IntentKind.Grid).ToList();
            var intent = side == OrderSide.Buy ? candidates.MaxBy(x => x.Price)! : candidates.MinBy(x => x.Price)!;
            state = Time(samples, state, new FillObserved(BotFixtures.Fill(intent, $"t{++trade}")), MarketView.At(now, intent.Price));
            foreach (var pending in state.Intents.Where(x => x.Status == IntentStatus.Pending).ToList())
            {
                var order = new GridBot.Core.Ports.ExchangeOrder(BotFixtures.Btc, pending.ClientOrderId, "x", pending.Side, pending.Type, pending.Price,
                    pending.Quantity, 0m, GridBot.Core.Ports.OrderStatus.New, now);
                state = Time(samples, state, new OrderAccepted(order), MarketView.At(now, null));
            }

            now += 60_000;
            state = Time(samples, state, new Tick(), MarketView.At(now, intent.Price));
        }
    }

    private static BotState Time(List<double> samples, BotState state, BotOperation op, MarketView view)
    {
        var start = Stopwatch.GetTimestamp();
        var decision = BotEntity.Decide(state, op, view);
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        return decision.State ?? throw new InvalidOperationException(decision.Rejection?.Detail);
    }
}
