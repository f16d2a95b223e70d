using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;

namespace GridBot.Runtime.Control;

/// <summary>
/// A paper exchange that follows a venue's live prices: every ticker read first asks the venue for its best bid and
/// ask and moves the paper book there (which fills what the move crosses). Orders, fills and balances are the paper
/// exchange's; nothing is sent to the venue but public market-data reads.
/// </summary>
public sealed class VenueQuotedPaperExchange(PaperExchange paper, IExchange prices, TimeProvider time) : IExchange
{
    public PaperExchange Paper => paper;

    public Venue Venue => paper.Venue;

    public MarketType Market => paper.Market;

    public async Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct)
    {
        var live = await prices.GetTickerAsync(symbol, ct).ConfigureAwait(false);
        if (!live.IsSuccess)
        {
            return live.Error;
        }

        if (live.Value.Bid > 0m && live.Value.Ask >= live.Value.Bid)
        {
            paper.SetQuote(live.Value.Bid, live.Value.Ask, time.GetUtcNow().ToUnixTimeMilliseconds());
        }

        return await paper.GetTickerAsync(symbol, ct).ConfigureAwait(false);
    }

    public Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct) => paper.GetRulesAsync(symbol, ct);

    public Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct) => paper.GetOpenOrdersAsync(symbol, ct);

    public Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) => paper.GetOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct) => paper.GetFillsSinceAsync(symbol, sinceMs, ct);

    public Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct) => paper.PlaceOrderAsync(request, ct);

    public Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct) => paper.CancelOrderAsync(symbol, clientOrderId, ct);

    public Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct) => paper.GetBalancesAsync(ct);

    public Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct) => paper.GetPositionAsync(symbol, ct);

    public Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct) =>
        prices.GetKlinesAsync(symbol, interval, startMs, limit, ct);
}
