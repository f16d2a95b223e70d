using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Sizing;

/// <summary>Checks an order against <see cref="SymbolRules"/> and returns every violation, not just the first.</summary>
public static class OrderValidator
{
    public static IReadOnlyList<SizingViolation> Validate(
        SymbolRules rules, OrderSide side, decimal price, decimal quantity, decimal? referencePrice = null)
    {
        Guard.NotNull(rules);
        var violations = new List<SizingViolation>();
        if (price <= 0m)
        {
            violations.Add(new(SizingRejection.NonPositivePrice, $"price {F(price)} must be > 0"));
        }
        else if (!Increments.IsMultipleOf(price, rules.TickSize))
        {
            violations.Add(new(SizingRejection.InvalidPricePrecision, $"price {F(price)} is not a multiple of tick {F(rules.TickSize)}"));
        }

        if (quantity <= 0m)
        {
            violations.Add(new(SizingRejection.NonPositiveQuantity, $"quantity {F(quantity)} must be > 0"));
            return violations;
        }

        if (!Increments.IsMultipleOf(quantity, rules.StepSize))
        {
            violations.Add(new(SizingRejection.InvalidQuantityPrecision, $"quantity {F(quantity)} is not a multiple of step {F(rules.StepSize)}"));
        }

        if (quantity < rules.MinQuantity)
        {
            violations.Add(new(SizingRejection.BelowMinQuantity, $"quantity {F(quantity)} < min {F(rules.MinQuantity)}"));
        }

        if (quantity > rules.MaxQuantity)
        {
            violations.Add(new(SizingRejection.AboveMaxQuantity, $"quantity {F(quantity)} > max {F(rules.MaxQuantity)}"));
        }

        if (price > 0m)
        {
            AddNotionalViolations(rules, price * quantity, violations);
            if (referencePrice is { } reference && rules.PercentPrice is { } band && !band.Allows(side, price, reference))
            {
                violations.Add(new(SizingRejection.OutsidePercentPrice, $"{side} price {F(price)} outside the allowed band around {F(reference)}"));
            }
        }

        return violations;
    }

    private static void AddNotionalViolations(SymbolRules rules, decimal notional, List<SizingViolation> violations)
    {
        // Min notional is inclusive: 10 × 1 passes a min notional of 10.
        if (notional < rules.MinNotional)
        {
            violations.Add(new(SizingRejection.BelowMinNotional, $"notional {F(notional)} < min {F(rules.MinNotional)}"));
        }

        if (notional > rules.MaxNotional)
        {
            violations.Add(new(SizingRejection.AboveMaxNotional, $"notional {F(notional)} > max {F(rules.MaxNotional)}"));
        }
    }

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
