using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;

namespace GridBot.Core.Risk;

/// <summary>Fixed-fractional sizing: risk a fraction of the balance between entry and stop.</summary>
public static class PositionSizing
{
    /// <summary>The <see cref="Error.Code"/> of the rejection for a stop distance ≤ 0.</summary>
    public const string NonPositiveStopCode = "NonPositiveStop";

    /// <summary>
    /// <c>balance × riskPct / (stopPct × contractValue)</c>. Fractions, not percents: 1 % is 0.01.
    /// With <paramref name="contractValue"/> = 1 the result is a notional in the balance's (quote) currency, e.g.
    /// 10,000 × 0.01 / 0.02 = 5,000 USDT; otherwise it is a number of contracts each worth
    /// <paramref name="contractValue"/> quote. Not rounded: the caller floors it to the symbol's step.
    /// A stop distance ≤ 0 (e.g. from a zero ATR) is an expected rejection, not a bug.
    /// </summary>
    public static Result<decimal> Size(decimal balance, decimal riskPct, decimal stopPct, decimal contractValue = 1m)
    {
        Guard.NonNegative(balance);
        Guard.InRange(riskPct, 0m, 1m);
        Guard.Positive(contractValue);
        if (stopPct <= 0m)
        {
            return new Error(ErrorKind.Other, NonPositiveStopCode, "stop distance must be > 0, was " + stopPct.ToString(CultureInfo.InvariantCulture));
        }

        return balance * riskPct / (stopPct * contractValue);
    }
}
