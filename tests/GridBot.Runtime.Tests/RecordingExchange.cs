using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Tests;

/// <summary>Forwards to a real exchange and records every placement attempt and its answer.</summary>
internal sealed class RecordingExchange(IExchange inner) : IExchange
{
    private readonly List<(string ClientOrderId, ErrorKind? Error)> _placements = [];

    public IReadOnlyList<(string ClientOrderId, ErrorKind? Error)> Placements
    {
        get
        {
            lock (_placements)
            {
                return [.. _placements];
            }
        }
    }

    public Venue Venue => inner.Venue;

    public MarketType Market => inner.Market;

    public async Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct)
    {
        var result = await inner.PlaceOrderAsync(request, ct);
        lock (_placements)
        {
            _placements.Add((request.ClientOrderId, result.IsSuccess ? null : result.Error.Kind));
        }

        return result;
    }

    public Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct) => inner.GetRulesAsync(symbol, ct);

    public Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct) => inner.GetTickerAsync(symbol, ct);

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct) => inner.GetOpenOrdersAsync(symbol, ct);

    /// <summary>When it answers true for an id, one order query for it says "unknown order" (a venue whose order index lags its matching engine).</summary>
    public Func<string, bool>? LagOnce { get; set; }

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct)
    {
        if (LagOnce is { } lag && lag(clientOrderId))
        {
            LagOnce = null;
            return Task.FromResult<Result<ExchangeOrder>>(new Error(ErrorKind.UnknownOrder, "-2013", "Order does not exist."));
        }

        return inner.GetOrderAsync(symbol, clientOrderId, ct);
    }

    /// <summary>
    /// When set, fill reads answer like a venue asked with a start time only: just the fills in [since, since + window]
    /// (Binance spot myTrades: 24 h; Binance USDⓈ-M and Bybit: 7 days).
    /// </summary>
    public TimeSpan? FillWindow { get; set; }

    public async Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct)
    {
        var fills = await inner.GetFillsSinceAsync(symbol, sinceMs, ct);
        if (FillWindow is not { } window || !fills.IsSuccess)
        {
            return fills;
        }

        return fills.Value.Where(f => f.TimeMs <= sinceMs + (long)window.TotalMilliseconds).ToList();
    }

    public Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) => inner.CancelOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct) => inner.GetBalancesAsync(ct);

    public Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct) => inner.GetPositionAsync(symbol, ct);

    public Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct) =>
        inner.GetKlinesAsync(symbol, interval, startMs, limit, ct);
}
