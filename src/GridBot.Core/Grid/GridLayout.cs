using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Grid;

/// <summary>
/// A validated grid: level prices on the tick, strictly increasing, and every order the grid can place
/// (a buy at each level but the top, a sell at each level but the bottom, sized by the buy below it)
/// within the symbol rules.
/// </summary>
public sealed record GridLayout(GridSpec Spec, SymbolRules Rules, IReadOnlyList<GridLevel> Levels)
{
    /// <summary>The most shifts a trailing grid may be allowed: a simulation lays out every level the window can reach.</summary>
    public const int MaxTrailShifts = 10_000;

    /// <summary>Level <paramref name="index"/> of the spec's ladder (outside 0..Levels−1 for the levels trailing reaches), as trailing lays it.</summary>
    public static GridLevel LevelOf(GridSpec spec, int index, SymbolRules rules) => LevelMath.Level(Guard.NotNull(spec), index, Guard.NotNull(rules));

    /// <summary>The closest two neighbouring levels, as a fraction of the lower one: what one round trip earns before fees.</summary>
    public decimal MinStepFraction => Levels.Zip(Levels.Skip(1)).Min(p => (p.Second.Price - p.First.Price) / p.First.Price);

    /// <summary>
    /// Why this grid loses money on every round trip, or null: a buy and its sell both pay the maker fee, so levels
    /// closer than two maker fees apart cannot earn.
    /// </summary>
    public string? FeeProblem(FeeSchedule fees)
    {
        var cost = 2m * Guard.NotNull(fees).MakerRate;
        return MinStepFraction > cost ? null : string.Create(CultureInfo.InvariantCulture,
            $"levels are only {MinStepFraction * 100m:0.###}% apart at the closest, not more than the {cost * 100m:0.###}% two maker fees cost: those round trips lose money (use fewer levels or a wider range)");
    }

    public static Result<GridLayout> Create(GridSpec spec, SymbolRules rules)
    {
        Guard.NotNull(spec);
        Guard.NotNull(rules);
        if (Check(spec) is { } specError)
        {
            return Reject(specError);
        }

        // Every level but the empty one holds an order; the venue refuses the order past its per-symbol cap.
        if (rules.MaxOpenOrders is { } cap && spec.Levels - 1 > cap)
        {
            return Reject(new(GridRejection.TooManyOpenOrders, string.Create(CultureInfo.InvariantCulture,
                $"a grid of {spec.Levels} levels keeps {spec.Levels - 1} orders open, but {rules.Symbol} allows at most {cap} open orders (MAX_NUM_ORDERS): use at most {cap + 1} levels")));
        }

        var levels = new GridLevel[spec.Levels];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = LevelMath.Level(spec, i, rules);
            if (i > 0 && levels[i].Price <= levels[i - 1].Price)
            {
                return Reject(new(GridRejection.LevelsOnSameTick,
                    $"levels {i - 1} and {i} both round to {F(levels[i].Price)} on tick {F(rules.TickSize)}: use fewer levels or a wider range"));
            }
        }

        for (var i = 0; i < levels.Length - 1; i++)
        {
            if (CheckPair(levels[i], levels[i + 1], rules) is { } pairError)
            {
                return Reject(pairError);
            }
        }

        return new GridLayout(spec, rules, levels);
    }

    private static GridLayoutError? Check(GridSpec spec)
    {
        if (spec.Lower <= 0m || spec.Upper <= 0m)
        {
            return new(GridRejection.NonPositiveBound, $"bounds must be > 0 (lower {F(spec.Lower)}, upper {F(spec.Upper)})");
        }

        if (spec.Lower >= spec.Upper)
        {
            return new(GridRejection.LowerNotBelowUpper, $"lower {F(spec.Lower)} must be below upper {F(spec.Upper)}");
        }

        if (spec.Levels < 2)
        {
            return new(GridRejection.TooFewLevels, $"a grid needs at least 2 levels, got {spec.Levels}");
        }

        if (spec.StopLossPrice is { } sl && sl >= spec.Lower)
        {
            return new(GridRejection.InvalidTrigger, $"stop-loss {F(sl)} must be below the grid's lower bound {F(spec.Lower)}");
        }

        if (spec.TakeProfitPrice is { } tp && tp <= spec.Upper)
        {
            return new(GridRejection.InvalidTrigger, $"take-profit {F(tp)} must be above the grid's upper bound {F(spec.Upper)}");
        }

        if (spec.Trailing && spec.MaxTrailShifts is < 1 or > MaxTrailShifts)
        {
            return new(GridRejection.InvalidTrailing, string.Create(CultureInfo.InvariantCulture,
                $"max trail shifts {spec.MaxTrailShifts} must be from 1 to {MaxTrailShifts} when the grid trails"));
        }

        return null;
    }

    private static GridLayoutError? CheckPair(GridLevel buy, GridLevel sellAbove, SymbolRules rules)
    {
        var violations = OrderValidator.Validate(rules, OrderSide.Buy, buy.Price, buy.BuyQuantity)
            .Concat(OrderValidator.Validate(rules, OrderSide.Sell, sellAbove.Price, buy.BuyQuantity))
            .Select(v => v.ToString())
            .Distinct()
            .ToList();
        return violations.Count == 0
            ? null
            : new(GridRejection.LevelBreaksSymbolRules,
                $"orders between level {buy.Index} ({F(buy.Price)}) and {sellAbove.Index} ({F(sellAbove.Price)}) break the symbol rules: {string.Join("; ", violations)}");
    }

    private static Error Reject(GridLayoutError error) => new(ErrorKind.FilterFailure, error.Rejection.ToString(), error.Message);

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
