using System.Globalization;
using GridBot.Core.Bots;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>
/// The dashboard's chart of one bot (<see cref="BotChart"/>), shared by every HTTP host. Levels come from the running
/// grid (which trailing may have shifted) or, before the first start, from the configured spec laid out on the symbol's
/// rules. Fills are the ledger's over the last <see cref="MaxSpan"/>: the ledger returns them in the order recorded, at
/// most 20,000 rows are read, and the last <see cref="MaxFills"/> of those are kept (the newest, unless a bot filled
/// more than 20,000 times in the span).
/// Prices are the bar store's 1m bars of the bot's venue, market and symbol over the last day, reaching back to the
/// oldest fill shown, merged into at most <see cref="MaxPoints"/> points. Read-only: nothing goes through the mailbox.
/// </summary>
public sealed class BotChartService(BotControlService control, IFillLedger ledger, IBarStore bars, TimeProvider time)
{
    /// <summary>How far back fills and bars reach.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(7);

    /// <summary>The price window when the fills do not reach further back.</summary>
    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(1);

    public const int MaxFills = 500;

    public const int MaxPoints = 720;

    /// <summary>The most ledger rows read for one chart (the newest <see cref="MaxFills"/> of them are kept).</summary>
    private const int MaxFillRows = 20_000;

    public async Task<ControlResult<BotChart>> ChartAsync(string botId, CancellationToken ct)
    {
        var loaded = await control.StateAsync(botId, ct).ConfigureAwait(false);
        if (!loaded.IsOk)
        {
            return loaded.As<BotChart>();
        }

        var state = loaded.Value;
        var toMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        IReadOnlyList<ExchangeFill> rows;
        try
        {
            rows = await ledger.QueryAsync(state.BotId, toMs - (long)MaxSpan.TotalMilliseconds, MaxFillRows, ct).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            return ControlResult<BotChart>.Fail(ControlOutcome.Unavailable, ex.Message);
        }

        var fills = rows.Skip(Math.Max(0, rows.Count - MaxFills)).Select(f => new ChartFill(f.TimeMs, f.Side.ToString(), f.Price, f.Quantity)).ToList();
        var fromMs = Math.Min(toMs - (long)DefaultSpan.TotalMilliseconds, fills.Count > 0 ? fills.Min(f => f.TimeMs) : long.MaxValue);
        var (series, interval, detail) = await BarsAsync(state.Config, fromMs, toMs, ct).ConfigureAwait(false);
        var c = state.Config;
        return ControlResult<BotChart>.Ok(new BotChart(
            state.BotId, c.Venue.ToString(), c.Market.ToString(), c.Rules.Symbol.Name, state.Status.ToString(), Levels(state), state.Risk.LastPrice,
            fills, rows.Count > fills.Count, interval, series, detail, fromMs, toMs));
    }

    /// <summary>The running grid's level prices, else the spec's layout; none when the spec cannot be laid out.</summary>
    internal static IReadOnlyList<decimal> Levels(BotState state)
    {
        if (state.Grid is { } grid)
        {
            return [.. grid.Levels.Select(l => l.Price)];
        }

        var layout = GridLayout.Create(state.Config.Spec, state.Config.Rules);
        return layout.IsSuccess ? [.. layout.Value.Levels.Select(l => l.Price)] : [];
    }

    /// <summary>
    /// Merges consecutive bars so at most <see cref="MaxPoints"/> remain, each covering a whole number of minutes:
    /// first open, highest high, lowest low, last close. Returns the merged series and its interval name.
    /// </summary>
    internal static (IReadOnlyList<ChartBar> Bars, string Interval) Downsample(IReadOnlyList<Bar> bars, long fromMs)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(bars.Count / (double)MaxPoints));
        var width = minutes * BarInterval.OneMinute.Milliseconds;
        var merged = bars
            .GroupBy(b => fromMs + ((b.OpenTimeMs - fromMs) / width * width))
            .Select(g => new ChartBar(g.Key, g.First().Open, g.Max(b => b.High), g.Min(b => b.Low), g.Last().Close))
            .ToList();
        return (merged, string.Create(CultureInfo.InvariantCulture, $"{minutes}m"));
    }

    private async Task<(IReadOnlyList<ChartBar> Bars, string Interval, string? Detail)> BarsAsync(BotConfig config, long fromMs, long toMs, CancellationToken ct)
    {
        var series = new BarSeries(config.Venue, config.Market, config.Rules.Symbol, BarInterval.OneMinute);
        Result<IReadOnlyList<Bar>> loaded;
        try
        {
            loaded = await bars.LoadAsync(series, fromMs, toMs, ct).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            return ([], BarInterval.OneMinute.Name, $"the bar store could not be read: {ex.Message}");
        }

        if (!loaded.IsSuccess)
        {
            return ([], BarInterval.OneMinute.Name, $"the bar store could not be read: {loaded.Error!.Message}");
        }

        var (merged, interval) = Downsample(loaded.Value, fromMs);
        return (merged, interval, null);
    }
}
