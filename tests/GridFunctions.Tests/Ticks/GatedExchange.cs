using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridFunctions.Tests.Ticks;

/// <summary>The bot's venue with its price reads passing through a <see cref="TickerGate"/>; everything else as the venue answers.</summary>
internal sealed class GatedExchange(IExchange inner, TickerGate gate) : IExchange
{
    public Venue Venue => inner.Venue;

    public MarketType Market => inner.Market;

    public async Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct)
    {
        await gate.PassAsync(ct);
        return await inner.GetTickerAsync(symbol, ct);
    }

    public Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct) => inner.GetRulesAsync(symbol, ct);

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct) => inner.GetOpenOrdersAsync(symbol, ct);

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) => inner.GetOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct) =>
        inner.GetFillsSinceAsync(symbol, sinceMs, ct);

    public Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct) => inner.PlaceOrderAsync(request, ct);

    public Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) => inner.CancelOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct) => inner.GetBalancesAsync(ct);

    public Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct) => inner.GetPositionAsync(symbol, ct);

    public Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct) =>
        inner.GetKlinesAsync(symbol, interval, startMs, limit, ct);
}
