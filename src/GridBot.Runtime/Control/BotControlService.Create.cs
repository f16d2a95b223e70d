using System.Globalization;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Configuration;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridBot.Runtime.Control;

public sealed partial class BotControlService
{
    /// <summary>
    /// Checks the request (every problem named at once), loads the symbol's rules from the venue, lays the grid out
    /// against them, holds a live bot to the rollout stage and exposure caps, and creates the bot (status Created;
    /// start it to trade).
    /// </summary>
    public Task<ControlResult<BotView>> CreateAsync(CreateBotRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoredAsync(() => CreateCoreAsync(request, ct));
    }

    private async Task<ControlResult<BotView>> CreateCoreAsync(CreateBotRequest request, CancellationToken ct)
    {
        var problems = new List<string>();
        var parsed = Parse(request, problems);
        if (problems.Count > 0 || parsed is null)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, string.Join("; ", problems));
        }

        var (botId, venue, market, symbol, paper, spec, capital) = parsed.Value;
        var inForce = await InForceAsync(ct).ConfigureAwait(false);
        if (ProfileRefusal(inForce.Profile, market) is { } refused)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, refused);
        }

        if (await runtime.GetStateAsync(botId, ct).ConfigureAwait(false) is not null)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.IllegalTransition, $"bot '{botId}' already exists");
        }

        var rules = await venues.GetRulesAsync(venue, market, symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return VenueFailure<BotView>($"{venue} {market} {symbol}: could not load the symbol rules", rules.Error);
        }

        var layout = GridLayout.Create(spec, rules.Value);
        if (!layout.IsSuccess)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, layout.Error.Message);
        }

        var limits = ReadLimits(request.Limits, RiskDefaults.For(capital), capital, problems);
        if (problems.Count > 0)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, string.Join("; ", problems));
        }

        if (!paper)
        {
            var fitted = await FitLiveAsync(inForce.Options, botId, venue, market, rules.Value.Symbol, layout.Value, limits, request.Limits, ct).ConfigureAwait(false);
            if (!fitted.IsOk)
            {
                return fitted.As<BotView>();
            }

            limits = fitted.Value;
        }

        var rates = options.Fees.FeeFor(venue, market);
        var flatten = request.FlattenSeconds is { } seconds ? TimeSpan.FromMilliseconds((double)(seconds * 1000m)) : (TimeSpan?)null;
        var config = new BotConfig(botId, venue, market, rules.Value, spec, capital, new FeeSchedule(rates.Maker, rates.Taker), limits, paper, flatten);
        return await SendAsync(botId, new CreateBot(config), ct).ConfigureAwait(false);
    }

    /// <summary>Replaces the bot's risk limits; fields left out keep their current values. Live bots stay within the caps.</summary>
    public Task<ControlResult<BotView>> UpdateLimitsAsync(string botId, RiskLimitsRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoredAsync(() => UpdateLimitsCoreAsync(botId, request, ct));
    }

    private async Task<ControlResult<BotView>> UpdateLimitsCoreAsync(string botId, RiskLimitsRequest request, CancellationToken ct)
    {
        var state = await LoadAsync(botId, ct).ConfigureAwait(false);
        if (state is null)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.NotFound, $"no bot '{botId}'");
        }

        var problems = new List<string>();
        var limits = ReadLimits(request, state.Config.Limits, state.Config.Capital, problems);
        if (problems.Count > 0)
        {
            return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, string.Join("; ", problems));
        }

        if (!state.Config.Paper && state.Config.Venue != Venue.Paper)
        {
            var equity = await venues.GetAccountEquityAsync(state.Config.Venue, state.Config.Market, state.Config.Rules.Symbol, ct).ConfigureAwait(false);
            if (!equity.IsSuccess)
            {
                return VenueFailure<BotView>($"{state.Config.Venue} {state.Config.Market}: could not read the account's equity for the caps", equity.Error);
            }

            var inForce = await InForceAsync(ct).ConfigureAwait(false);
            if (ExposurePolicy.CheckLimits(inForce.Options, equity.Value, limits) is { } breach)
            {
                return ControlResult<BotView>.Fail(ControlOutcome.InvalidInput, breach);
            }
        }

        return await SendAsync(botId, new UpdateLimits(limits), ct).ConfigureAwait(false);
    }

    private async Task<ControlResult<RiskLimits>> FitLiveAsync(
        GridBotOptions options, string botId, Venue venue, MarketType market, Symbol symbol, GridLayout layout, RiskLimits limits, RiskLimitsRequest? asked, CancellationToken ct)
    {
        var equity = await venues.GetAccountEquityAsync(venue, market, symbol, ct).ConfigureAwait(false);
        if (!equity.IsSuccess)
        {
            return VenueFailure<RiskLimits>($"{venue} {market}: could not read the account's equity for the caps", equity.Error);
        }

        var (pair, portfolio) = await LiveExposureAsync(botId, venue, market, symbol, ct).ConfigureAwait(false);
        if (ExposurePolicy.CheckGrid(options, equity.Value, layout, pair, portfolio) is { } breach)
        {
            return ControlResult<RiskLimits>.Fail(ControlOutcome.InvalidInput, breach);
        }

        // Defaults are pulled under the caps; limits the request names are checked as given.
        var fitted = ExposurePolicy.FitDefaults(options, equity.Value, limits);
        fitted = new RiskLimits(
            asked?.MaxPositionValue is null ? fitted.MaxPositionValue : limits.MaxPositionValue, limits.MaxDailyLoss, limits.MaxDrawdown,
            asked?.MaxOrderValue is null ? fitted.MaxOrderValue : limits.MaxOrderValue, limits.MaxConsecutiveLosses, limits.MaxApiErrors, limits.MaxPriceDeviation);
        return ExposurePolicy.CheckLimits(options, equity.Value, fitted) is { } over
            ? ControlResult<RiskLimits>.Fail(ControlOutcome.InvalidInput, over)
            : ControlResult<RiskLimits>.Ok(fitted);
    }

    /// <summary>What the other live bots on the same account (venue and market) could hold: on this pair, and in all.</summary>
    private async Task<(decimal Pair, decimal Portfolio)> LiveExposureAsync(string botId, Venue venue, MarketType market, Symbol symbol, CancellationToken ct)
    {
        decimal pair = 0m, portfolio = 0m;
        foreach (var bot in await registry.ListAsync(ct).ConfigureAwait(false))
        {
            if (bot.BotId == botId || bot.Venue != venue || bot.Market != market || bot.Status == nameof(BotStatus.Stopped)
                || await runtime.GetStateAsync(bot.BotId, ct).ConfigureAwait(false) is not { Config.Paper: false } other)
            {
                continue;
            }

            var notional = ExposurePolicy.GridNotional(other.Config);
            portfolio += notional;
            pair += other.Config.Rules.Symbol == symbol ? notional : 0m;
        }

        return (pair, portfolio);
    }

    private static ControlResult<T> VenueFailure<T>(string what, Error error) =>
        ControlResult<T>.Fail(error.IsTransient || error.Kind is ErrorKind.Network or ErrorKind.UnknownStatus ? ControlOutcome.Unavailable : ControlOutcome.InvalidInput,
            $"{what}: {error.Message}");

    private static (string BotId, Venue Venue, MarketType Market, Symbol Symbol, bool Paper, GridSpec Spec, decimal Capital)? Parse(
        CreateBotRequest r, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(r.BotId) || !ClientOrderIds.IsValidBotId(r.BotId))
        {
            problems.Add($"botId '{r.BotId}' must be 1–{ClientOrderIds.MaxBotIdLength} characters of [a-zA-Z0-9_]");
        }

        var venue = r.Venue?.Trim().ToUpperInvariant() switch
        {
            "BINANCE" => Venue.Binance,
            "BYBIT" => Venue.Bybit,
            _ => Problem<Venue>(problems, $"venue '{r.Venue}': use binance or bybit"),
        };
        var market = (r.Market ?? "spot").Trim().ToUpperInvariant() switch
        {
            "SPOT" => MarketType.Spot,
            "PERP" => MarketType.Perp,
            _ => Problem<MarketType>(problems, $"market '{r.Market}': use spot or perp"),
        };
        var paper = (r.Mode ?? "paper").Trim().ToUpperInvariant() switch
        {
            "PAPER" => true,
            "LIVE" => false,
            _ => Problem<bool>(problems, $"mode '{r.Mode}': use paper or live"),
        };
        var spacing = (r.Spacing ?? "arithmetic").Trim().ToUpperInvariant() switch
        {
            "ARITHMETIC" => GridSpacing.Arithmetic,
            "GEOMETRIC" => GridSpacing.Geometric,
            _ => Problem<GridSpacing>(problems, $"spacing '{r.Spacing}': use arithmetic or geometric"),
        };
        if (!Symbol.TryParse(r.Symbol, out var symbol))
        {
            problems.Add($"symbol '{r.Symbol}': use e.g. BTCUSDT or BTC/USDT");
        }

        Required(r.Lower, "lower", problems);
        Required(r.Upper, "upper", problems);
        if (r.Levels is null or < 2)
        {
            problems.Add(F($"levels {r.Levels}: a grid needs at least 2"));
        }

        Required(r.Capital, "capital", problems);
        if (r.FlattenSeconds is < 0.001m or > 3600m)
        {
            problems.Add(F($"flattenSeconds {r.FlattenSeconds}: use 0.001 to 3600"));
        }

        if ((r.QuotePerLevel is null) == (r.Quantity is null))
        {
            problems.Add("give either quotePerLevel or quantity");
        }
        else
        {
            Required(r.QuotePerLevel ?? r.Quantity, r.QuotePerLevel is null ? "quantity" : "quotePerLevel", problems);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var sizing = r.QuotePerLevel is { } quote ? LevelSizing.Quote(quote) : LevelSizing.Base(r.Quantity!.Value);
        return (r.BotId!, venue, market, symbol!, paper, new GridSpec(r.Lower!.Value, r.Upper!.Value, r.Levels!.Value, spacing, sizing), r.Capital!.Value);
    }

    /// <summary>The request's limits over <paramref name="current"/>, each checked; problems name the field.</summary>
    private static RiskLimits ReadLimits(RiskLimitsRequest? r, RiskLimits current, decimal capital, List<string> problems)
    {
        if (r is null)
        {
            return current;
        }

        Percent(r.MaxDrawdownPct, "maxDrawdownPct", problems);
        Percent(r.MaxDailyLossPct, "maxDailyLossPct", problems);
        Percent(r.MaxPriceDeviationPct, "maxPriceDeviationPct", problems);
        Required(r.MaxPositionValue, "maxPositionValue", problems, optional: true);
        Required(r.MaxOrderValue, "maxOrderValue", problems, optional: true);
        if (r.MaxConsecutiveLosses is < 1 || r.MaxApiErrors is < 1)
        {
            problems.Add("maxConsecutiveLosses and maxApiErrors must be ≥ 1");
        }

        if (problems.Count > 0)
        {
            return current;
        }

        return new RiskLimits(
            r.MaxPositionValue ?? current.MaxPositionValue,
            r.MaxDailyLossPct is { } daily ? capital * daily / 100m : current.MaxDailyLoss,
            r.MaxDrawdownPct is { } drawdown ? drawdown / 100m : current.MaxDrawdown,
            r.MaxOrderValue ?? current.MaxOrderValue,
            r.MaxConsecutiveLosses ?? current.MaxConsecutiveLosses,
            r.MaxApiErrors ?? current.MaxApiErrors,
            r.MaxPriceDeviationPct is { } deviation ? deviation / 100m : current.MaxPriceDeviation);
    }

    private static void Percent(decimal? value, string name, List<string> problems)
    {
        if (value is <= 0m or > 100m)
        {
            problems.Add(F($"{name} {value}: use a percentage in (0, 100]"));
        }
    }

    private static void Required(decimal? value, string name, List<string> problems, bool optional = false)
    {
        if (value is null && !optional)
        {
            problems.Add($"{name} is required");
        }
        else if (value is <= 0m)
        {
            problems.Add(F($"{name} {value} must be > 0"));
        }
    }

    private static T Problem<T>(List<string> problems, string problem)
    {
        problems.Add(problem);
        return default!;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
