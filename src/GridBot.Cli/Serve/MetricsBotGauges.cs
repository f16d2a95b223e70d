using GridBot.Core.Bots;
using GridBot.Runtime.Control;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;

namespace GridBot.Cli.Serve;

/// <summary>
/// Per-bot gauges (labels bot, venue, market, symbol), set from each bot's saved state on every scrape, the figures of
/// its <see cref="BotView"/>: realized PnL (average cost, net of fees), position, open orders (intents); plus unrealized
/// PnL and equity (capital + realized + unrealized, quote) at the bot's last seen price, absent until it has one. Series
/// of bots no longer listed are removed. If the bot store fails, every bot series is removed rather than left stale.
/// </summary>
internal sealed class MetricsBotGauges : IDisposable
{
    private static readonly string[] Labels = ["bot", "venue", "market", "symbol"];

    private readonly IServiceProvider _services;
    private readonly Gauge[] _all;
    private readonly Gauge _realized;
    private readonly Gauge _unrealized;
    private readonly Gauge _position;
    private readonly Gauge _openOrders;
    private readonly Gauge _equity;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<string[]> _shown = new(LabelComparer.Instance);

    public MetricsBotGauges(MetricsRegistry metrics, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _services = services;
        var factory = Metrics.WithCustomRegistry(metrics.Registry);
        _realized = factory.CreateGauge("gridbot_bot_realized_pnl", "Realized PnL on an average-cost basis, net of fees, in quote.", Labels);
        _unrealized = factory.CreateGauge("gridbot_bot_unrealized_pnl", "Unrealized PnL at the bot's last seen price, in quote.", Labels);
        _position = factory.CreateGauge("gridbot_bot_position", "Position quantity, in base.", Labels);
        _openOrders = factory.CreateGauge("gridbot_bot_open_orders", "Open orders (the bot's intents).", Labels);
        _equity = factory.CreateGauge("gridbot_bot_equity", "Capital plus realized and unrealized PnL at the last seen price, in quote.", Labels);
        _all = [_realized, _unrealized, _position, _openOrders, _equity];
        metrics.Registry.AddBeforeCollectCallback(UpdateAsync);
    }

    public void Dispose() => _gate.Dispose();

    private async Task UpdateAsync(CancellationToken ct)
    {
        // Resolved on the first scrape: the control service needs the venues, whose client this registry instruments.
        var control = _services.GetRequiredService<BotControlService>();
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var shown = new HashSet<string[]>(LabelComparer.Instance);
            var listed = await control.ListAsync(ct).ConfigureAwait(false);
            foreach (var bot in listed.IsOk ? listed.Value : [])
            {
                var state = await control.StateAsync(bot.BotId, ct).ConfigureAwait(false);
                if (state.IsOk)
                {
                    shown.Add(Set(state.Value));
                }
            }

            foreach (var gone in _shown.Where(labels => !shown.Contains(labels)))
            {
                Array.ForEach(_all, g => g.RemoveLabelled(gone));
            }

            _shown = shown;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string[] Set(BotState state)
    {
        var view = BotView.Of(state);
        string[] labels = [view.BotId, view.Venue, view.Market, view.Symbol];
        _realized.WithLabels(labels).Set((double)view.AverageCostRealizedPnl);
        _position.WithLabels(labels).Set((double)view.Position);
        _openOrders.WithLabels(labels).Set(view.OpenOrders);
        if (state.Risk.LastPrice is { } price)
        {
            _unrealized.WithLabels(labels).Set((double)state.Position.UnrealizedPnl(price));
            _equity.WithLabels(labels).Set((double)state.Equity(price));
        }
        else
        {
            _unrealized.RemoveLabelled(labels);
            _equity.RemoveLabelled(labels);
        }

        return labels;
    }

    private sealed class LabelComparer : IEqualityComparer<string[]>
    {
        public static readonly LabelComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is null ? y is null : y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => obj.Aggregate(0, (hash, label) => HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(label)));
    }
}
