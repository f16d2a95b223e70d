using GridBot.Core.Common;

namespace GridBot.Core.Rewards;

/// <summary>Trade points for humans and the reward signal for reinforcement learning. Pure.</summary>
public static class RewardFormulas
{
    /// <summary>Points taken off when a trade ended at its stop-loss.</summary>
    public const double StopHitPenalty = 1.0;

    /// <summary>Points added to a winning trade held at most <see cref="QuickWinSeconds"/>.</summary>
    public const double QuickWinBonus = 0.5;

    public const long QuickWinSeconds = 900;

    /// <summary>Weight of the drawdown in <see cref="RlReward"/>.</summary>
    public const double DrawdownWeight = 0.5;

    /// <summary>Bound on the volatility-scaled part of <see cref="RlReward"/>, so one outlier cannot dominate learning.</summary>
    public const double RewardClip = 10.0;

    /// <summary>Added to an exploration trade's reward, outside the clip, so trying new actions is not starved.</summary>
    public const double ExplorationBonus = 0.1;

    /// <summary>
    /// <c>sign(pnl)·ln(1 + |pnl|)</c> (log-compressed, so one big trade does not outweigh many small ones),
    /// minus <see cref="StopHitPenalty"/> if the stop was hit, plus <see cref="QuickWinBonus"/> if pnl &gt; 0 and the
    /// trade lasted ≤ <see cref="QuickWinSeconds"/>. <paramref name="pnlUsd"/> is the net PnL in USD.
    /// </summary>
    public static double TradePoints(decimal pnlUsd, long durationSeconds, bool stopHit)
    {
        Guard.That(durationSeconds >= 0, "duration must be >= 0");
        var pnl = (double)pnlUsd;
        var points = Math.Sign(pnl) * Math.Log(1.0 + Math.Abs(pnl));
        if (stopHit)
        {
            points -= StopHitPenalty;
        }

        if (pnl > 0 && durationSeconds <= QuickWinSeconds)
        {
            points += QuickWinBonus;
        }

        return points;
    }

    /// <summary>
    /// <c>clip((pnl − 0.5·maxDD) / vol, ±10) + (exploration ? 0.1 : 0)</c>: risk-adjusted PnL in units of the volatility
    /// proxy, so rewards are comparable across calm and wild markets. <paramref name="maxDrawdownUsd"/> is the trade's
    /// worst open loss as a non-negative USD amount; <paramref name="volProxy"/> is a USD move scale for the same
    /// position (e.g. ATR × quantity) and must be &gt; 0 (the caller floors it).
    /// </summary>
    public static double RlReward(decimal pnlUsd, decimal maxDrawdownUsd, double volProxy, bool isExploration)
    {
        Guard.NonNegative(maxDrawdownUsd);
        Guard.Positive(volProxy);
        var riskAdjusted = ((double)pnlUsd - (DrawdownWeight * (double)maxDrawdownUsd)) / volProxy;
        var reward = Math.Clamp(riskAdjusted, -RewardClip, RewardClip);
        return isExploration ? reward + ExplorationBonus : reward;
    }
}
