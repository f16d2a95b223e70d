using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Paper;

public sealed partial class PaperExchange
{
    /// <summary>The last trade price, or null before the first <see cref="MoveTo"/> or <see cref="SetQuote"/>.</summary>
    public decimal? LastPrice
    {
        get
        {
            lock (_gate)
            {
                return _hasPrice ? _last : null;
            }
        }
    }

    /// <summary>
    /// The market trades at <paramref name="price"/> at <paramref name="timeMs"/> (UTC ms): every resting buy with
    /// limit ≥ price fills at its limit, highest first, then every resting sell with limit ≤ price, lowest first
    /// (equal limits: first placed, first filled). Returns the fills, in that order.
    /// </summary>
    public IReadOnlyList<ExchangeFill> MoveTo(decimal price, long timeMs)
    {
        Guard.Positive(price);
        lock (_gate)
        {
            return MoveLocked(price, price, price, timeMs);
        }
    }

    /// <summary>
    /// A live quote: resting buys with limit ≥ <paramref name="ask"/> and sells with limit ≤ <paramref name="bid"/>
    /// fill at their limits, in the same order as <see cref="MoveTo"/>. The last price becomes the mid.
    /// </summary>
    public IReadOnlyList<ExchangeFill> SetQuote(decimal bid, decimal ask, long timeMs)
    {
        Guard.Positive(bid);
        Guard.That(ask >= bid, "ask must not be below bid");
        lock (_gate)
        {
            return MoveLocked(bid, ask, (bid + ask) / 2m, timeMs);
        }
    }

    /// <summary>
    /// Records <paramref name="bar"/> as a kline and moves through its whole <see cref="BarPath"/> (open, then low/high,
    /// then close) at the bar's open time, in one step. A caller that must react to fills between path points (a bot
    /// placing counter orders that may fill later in the same bar) calls <see cref="RecordKline"/> and
    /// <see cref="MoveTo"/> per point instead; this method is for callers that do not interleave.
    /// </summary>
    public IReadOnlyList<ExchangeFill> ReplayBar(Bar bar)
    {
        lock (_gate)
        {
            RecordKline(bar);
            var (first, second, third, fourth) = BarPath.Points(bar);
            var fills = new List<ExchangeFill>();
            foreach (var point in (ReadOnlySpan<decimal>)[first, second, third, fourth])
            {
                fills.AddRange(MoveLocked(point, point, point, bar.OpenTimeMs));
            }

            return fills;
        }
    }

    /// <summary>Adds a bar to what <see cref="GetKlinesAsync"/> returns (oldest first; a bar with the last open time replaces it).</summary>
    public void RecordKline(Bar bar)
    {
        Guard.That(bar.Problem() is null, "the bar must be consistent");
        lock (_gate)
        {
            if (_klines.Count > 0 && _klines[^1].OpenTimeMs == bar.OpenTimeMs)
            {
                _klines[^1] = bar;
                return;
            }

            Guard.That(_klines.Count == 0 || _klines[^1].OpenTimeMs < bar.OpenTimeMs, "klines are recorded oldest first");
            _klines.Add(bar);
        }
    }

    /// <summary>
    /// The bars recorded by <see cref="ReplayBar"/> or <see cref="RecordKline"/>, whatever <paramref name="interval"/>
    /// is asked (the paper venue does not resample); empty when none were. Like Binance: from
    /// <paramref name="startMs"/> the first <paramref name="limit"/> bars, without it the latest <paramref name="limit"/>.
    /// </summary>
    public Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct)
    {
        Guard.Positive(limit);
        return RunFor(symbol, () =>
        {
            IReadOnlyList<Bar> bars = startMs is { } start
                ? _klines.Where(b => b.OpenTimeMs >= start).Take(limit).ToList()
                : _klines.TakeLast(limit).ToList();
            return Result<IReadOnlyList<Bar>>.Ok(bars);
        }, ct);
    }

    private IReadOnlyList<ExchangeFill> MoveLocked(decimal bid, decimal ask, decimal last, long timeMs)
    {
        (_bid, _ask, _last, _hasPrice) = (bid, ask, last, true);
        _touchLeft = _options.TouchDepth ?? decimal.MaxValue;
        _marketTimeMs = Stamp(timeMs);
        if (!AnyTouched())
        {
            return Array.Empty<ExchangeFill>(); // the common case in a replay: no allocation
        }

        var buys = _open.Where(o => o.Request.Side == OrderSide.Buy && Touched(o))
            .OrderByDescending(o => o.Limit).ThenBy(o => o.Sequence);
        var sells = _open.Where(o => o.Request.Side == OrderSide.Sell && Touched(o))
            .OrderBy(o => o.Limit).ThenBy(o => o.Sequence);
        var fills = new List<ExchangeFill>();
        foreach (var order in buys.Concat(sells).ToList())
        {
            if (ReducibleQuantity(order) is > 0m and var quantity)
            {
                fills.Add(Execute(order, order.Limit, quantity, Liquidity.Maker));
            }

            ExpireIfOpen(order);
        }

        _open.RemoveAll(o => !o.Status.IsOpen());
        return fills;
    }

    private bool AnyTouched()
    {
        foreach (var order in _open)
        {
            if (Touched(order))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the current quote reaches a resting order: a buy at or above the ask, a sell at or below the bid.</summary>
    private bool Touched(PaperOrder order) =>
        order.Request.Side == OrderSide.Buy ? order.Limit >= _ask : order.Limit <= _bid;
}
