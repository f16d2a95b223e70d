using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Risk;

/// <summary>Exit levels, forced exits and cooldowns. Pure: time is passed in.</summary>
public static class RiskRules
{
    /// <summary>
    /// Long (<see cref="OrderSide.Buy"/>): TP above entry, SL below; short (<see cref="OrderSide.Sell"/>): mirrored.
    /// Distances are <see cref="AtrMultipliers.For"/> × <paramref name="atr"/> (a price distance). Levels are not
    /// clamped: a long's stop at or below zero is returned as computed for the caller's price filters to reject,
    /// because silently moving a stop changes the risk taken.
    /// </summary>
    public static TpSl ComputeTpSl(decimal entry, TradeRegime regime, decimal atr, OrderSide side)
    {
        Guard.Positive(entry);
        Guard.NonNegative(atr);
        var m = AtrMultipliers.For(regime);
        var sign = side.Sign();
        return new TpSl(entry + (sign * m.TakeProfit * atr), entry - (sign * m.StopLoss * atr));
    }

    /// <summary>
    /// True once the trade has been held at least the maximum hold (inclusive). In a range regime the maximum is
    /// halved (mean reversion that has not happened soon is unlikely to happen). Times in Unix milliseconds.
    /// A <paramref name="nowMs"/> before <paramref name="openedAtMs"/> (clock skew) never forces an exit.
    /// </summary>
    public static bool ShouldForceExit(long openedAtMs, long nowMs, int maxHoldSeconds, TradeRegime regime)
    {
        Guard.Positive(maxHoldSeconds);
        var maxHoldMs = maxHoldSeconds * 1000L;
        if (regime == TradeRegime.Range)
        {
            maxHoldMs /= 2;
        }

        return nowMs - openedAtMs >= maxHoldMs;
    }

    /// <summary>A cooldown is due once the current run of consecutive losses reaches <paramref name="maxStreak"/>.</summary>
    public static bool CooldownRequired(int lossStreak, int maxStreak)
    {
        Guard.NonNegative(lossStreak);
        Guard.Positive(maxStreak);
        return lossStreak >= maxStreak;
    }
}
