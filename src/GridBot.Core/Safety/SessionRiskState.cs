using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Safety;

/// <summary>
/// What the risk monitor remembers about one trading session (the seed's start/stop monitoring).
/// PnL and position value in quote; <see cref="PeakPnl"/> starts at 0, the session's opening PnL.
/// </summary>
public sealed record SessionRiskState(
    string SessionId,
    Symbol Symbol,
    DateTimeOffset StartedAt,
    DateTimeOffset LastUpdatedAt,
    decimal Pnl = 0m,
    decimal PeakPnl = 0m,
    decimal PositionValue = 0m,
    int TradeCount = 0,
    MarketConditions? Market = null,
    DateTimeOffset? StoppedAt = null)
{
    public string SessionId { get; init; } = Guard.NotBlank(SessionId);

    public Symbol Symbol { get; init; } = Guard.NotNull(Symbol);

    public bool IsActive => StoppedAt is null;

    public static SessionRiskState Start(string sessionId, Symbol symbol, DateTimeOffset now) =>
        new(sessionId, symbol, now, now);

    public SessionRiskState Stop(DateTimeOffset now)
    {
        Guard.That(IsActive, "session is already stopped");
        return this with { StoppedAt = now, LastUpdatedAt = now };
    }

    /// <summary>The seed's update_market_data.</summary>
    public SessionRiskState WithMarket(MarketConditions market, DateTimeOffset now)
    {
        Guard.That(IsActive, "session is stopped");
        return this with { Market = Guard.NotNull(market), LastUpdatedAt = now };
    }
}
