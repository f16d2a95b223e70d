using BenchmarkDotNet.Attributes;
using GridBot.Exchanges.Http;

namespace GridBot.Benchmarks;

/// <summary>
/// What the shared request pipeline's limiter costs per request: the check and count every request passes (Binance's
/// three spot rules) and the same with Bybit's per-endpoint holds in play (ten other endpoints held). The clock moves
/// 1 ms per reading, so windows roll as in real use; the limits are never reached, so nothing waits.
/// </summary>
[MemoryDiagnoser]
public class RateLimiterBenchmarks
{
    private static readonly Endpoint Order = new(HttpMethod.Post, "/api/v3/order", 1, Signed: true, IsOrder: true);
    private static readonly Endpoint Read = new(HttpMethod.Get, "/api/v3/openOrders", 6, Signed: true);
    private readonly SteppingClock _clock = new(1_700_000_000_000);
    private RateLimiter _binance = null!;
    private RateLimiter _held = null!;

    [GlobalSetup]
    public void Setup()
    {
        RateLimitRule[] rules =
        [
            new(RateLimitKind.Weight, TimeSpan.FromMinutes(1), int.MaxValue),
            new(RateLimitKind.Orders, TimeSpan.FromSeconds(10), int.MaxValue),
            new(RateLimitKind.Orders, TimeSpan.FromDays(1), int.MaxValue),
        ];
        _binance = new RateLimiter(rules, _clock);
        _held = new RateLimiter(rules, _clock);
        for (var i = 0; i < 10; i++)
        {
            _held.HoldEndpoint(new Endpoint(HttpMethod.Get, $"/v5/held/{i}", 1, Signed: true), DateTimeOffset.MaxValue);
        }
    }

    [Benchmark(Description = "limiter: acquire an order slot")]
    public ValueTask AcquireOrder() => new(_binance.AcquireAsync(Order, default));

    [Benchmark(Description = "limiter: acquire a read, 10 endpoints held")]
    public ValueTask AcquireReadWithHolds() => new(_held.AcquireAsync(Read, default));

    private sealed class SteppingClock(long startMs) : TimeProvider
    {
        private long _nowMs = startMs;

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Increment(ref _nowMs));
    }
}
