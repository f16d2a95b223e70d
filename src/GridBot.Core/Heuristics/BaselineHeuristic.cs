using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Indicators;
using GridBot.Core.Market;

namespace GridBot.Core.Heuristics;

/// <summary>
/// The rule-of-thumb grid used when nothing smarter is available. Price = last close; ATR = Wilder ATR over all bars;
/// bounds = price ± 2·ATR (3·ATR when aggressive), the lower bound never below 50% of price; levels by ATR%
/// (≤ 3 → 12, ≤ 5 → 10, else 8), confidence 0.70. With fewer bars than the ATR period (ATR(14) needs 14 bars)
/// the fallback is price ± 10%, 10 levels, confidence 0.50. Pure and thread-safe.
/// </summary>
public static class BaselineHeuristic
{
    public const double Confidence = 0.70;
    public const double FallbackConfidence = 0.50;
    public const int FallbackLevels = 10;
    public const decimal FallbackBandFraction = 0.10m;
    public const decimal MinLowerFraction = 0.50m;

    /// <summary>Error code: no bars, so no price to centre on.</summary>
    public const string NoBarsCode = "NoBars";

    /// <summary>Error code: a bar failed <see cref="Bar.Problem"/>.</summary>
    public const string InvalidBarCode = "InvalidBar";

    /// <summary>Error code: lower ≥ upper (zero ATR, or a band narrower than one tick).</summary>
    public const string DegenerateRangeCode = "DegenerateRange";

    public static Result<GridSuggestion> Suggest(IReadOnlyList<Bar> bars, BaselineHeuristicOptions? options = null)
    {
        Guard.NotNull(bars);
        options ??= BaselineHeuristicOptions.Default;
        Guard.Positive(options.AtrPeriod);
        if (options.TickSize is { } tickSize)
        {
            Guard.Positive(tickSize);
        }

        if (bars.Count == 0)
        {
            return Fail(NoBarsCode, "no bars: a suggestion needs at least one close");
        }

        if (FirstProblem(bars) is { } problem)
        {
            return Fail(InvalidBarCode, problem);
        }

        var suggestion = bars.Count < options.AtrPeriod ? Fallback(bars, options) : FromAtr(bars, options);
        return SnapToTick(CapForSpacing(suggestion, options.MinStepFraction), options.TickSize);
    }

    /// <summary>
    /// Fewer levels when neighbours would be closer than <paramref name="minStep"/> (a fraction of the upper bound, where
    /// an arithmetic grid's relative step is smallest): a round trip narrower than its fees only loses. Never below 2.
    /// </summary>
    public static GridSuggestion CapForSpacing(GridSuggestion suggestion, decimal? minStep)
    {
        if (minStep is not { } step || step <= 0m || suggestion.Upper <= suggestion.Lower)
        {
            return suggestion;
        }

        var fit = 1 + (int)Math.Min(int.MaxValue - 1, decimal.Floor((suggestion.Upper - suggestion.Lower) / (suggestion.Upper * step)));
        var levels = Math.Max(2, Math.Min(suggestion.Levels, fit));
        return levels == suggestion.Levels ? suggestion : suggestion with
        {
            Levels = levels,
            Reason = suggestion.Reason + string.Create(CultureInfo.InvariantCulture,
                $"; capped at {levels} levels so neighbours are at least {step * 100m:0.###}% apart"),
        };
    }

    /// <summary>Volatility class by ATR% with inclusive upper bounds: ≤ 1 Low, ≤ 3 Normal, ≤ 5 High, else Extreme.</summary>
    public static VolatilityRegime ClassifyVolatility(double atrPercent) => atrPercent switch
    {
        <= 1.0 => VolatilityRegime.Low,
        <= 3.0 => VolatilityRegime.Normal,
        <= 5.0 => VolatilityRegime.High,
        _ => VolatilityRegime.Extreme,
    };

    /// <summary>Grid levels by ATR% with inclusive upper bounds: ≤ 3 → 12, ≤ 5 → 10, else 8.</summary>
    public static int LevelsFor(double atrPercent) => atrPercent switch
    {
        <= 3.0 => 12,
        <= 5.0 => 10,
        _ => 8,
    };

    private static GridSuggestion FromAtr(IReadOnlyList<Bar> bars, BaselineHeuristicOptions options)
    {
        var price = bars[^1].Close;
        var atrValue = TechnicalIndicators.LastAtr(bars, options.AtrPeriod)!.Value;
        var atr = (decimal)atrValue;

        // ×100 before ÷price keeps whole-number percentages exact, so the ≤ 3 / ≤ 5 boundaries behave as written.
        var atrPercent = atrValue * 100.0 / (double)price;
        var multiplier = options.Aggressive ? 3m : 2m;
        var floor = price * MinLowerFraction;
        var lower = price - (multiplier * atr);
        var floored = lower < floor;
        var upper = price + (multiplier * atr);
        var regime = ClassifyVolatility(atrPercent);
        var levels = LevelsFor(atrPercent);
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"ATR({options.AtrPeriod}) {atr:G6} = {atrPercent:F2}% of close {price}: {regime} volatility, ±{multiplier}×ATR, {levels} levels");
        if (floored)
        {
            reason += ", lower bound floored at 50% of price";
        }

        return new GridSuggestion(
            floored ? floor : lower, upper, price, levels, Confidence, regime, atr, atrPercent, IsFallback: false, reason);
    }

    private static GridSuggestion Fallback(IReadOnlyList<Bar> bars, BaselineHeuristicOptions options)
    {
        var price = bars[^1].Close;
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"only {bars.Count} bars, ATR({options.AtrPeriod}) needs {options.AtrPeriod}: fallback ±10%, {FallbackLevels} levels");
        return new GridSuggestion(
            price * (1m - FallbackBandFraction),
            price * (1m + FallbackBandFraction),
            price,
            FallbackLevels,
            FallbackConfidence,
            VolatilityRegime.Unknown,
            Atr: null,
            AtrPercent: null,
            IsFallback: true,
            reason);
    }

    private static Result<GridSuggestion> SnapToTick(GridSuggestion suggestion, decimal? tickSize)
    {
        var snapped = tickSize is { } tick
            ? suggestion with
            {
                Lower = Math.Ceiling(suggestion.Lower / tick) * tick,
                Upper = Math.Floor(suggestion.Upper / tick) * tick,
            }
            : suggestion;
        if (snapped.Lower >= snapped.Upper)
        {
            return Fail(
                DegenerateRangeCode,
                string.Create(CultureInfo.InvariantCulture, $"lower {snapped.Lower} ≥ upper {snapped.Upper} ({suggestion.Reason})"));
        }

        return snapped;
    }

    private static string? FirstProblem(IReadOnlyList<Bar> bars)
    {
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].Problem() is { } problem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"bar {i} (open {bars[i].OpenTimeMs} ms): {problem}");
            }
        }

        return null;
    }

    private static Error Fail(string code, string message) => new(ErrorKind.Other, code, message);
}
