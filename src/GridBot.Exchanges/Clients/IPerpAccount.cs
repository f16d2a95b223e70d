using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// The perpetual-futures account settings a bot checks before it trades: it trades one-way mode only (Binance
/// <c>positionSide=BOTH</c>, Bybit <c>positionIdx=0</c>) and at the leverage its owner chose, not the account default.
/// </summary>
public interface IPerpAccount
{
    /// <summary>True in one-way mode, false in hedge (dual-side) mode.</summary>
    Task<Result<bool>> IsOneWayModeAsync(Symbol symbol, CancellationToken ct);

    /// <summary>Sets the symbol's leverage; setting the leverage it already has succeeds. Returns the leverage now in force.</summary>
    Task<Result<int>> SetLeverageAsync(Symbol symbol, int leverage, CancellationToken ct);
}
