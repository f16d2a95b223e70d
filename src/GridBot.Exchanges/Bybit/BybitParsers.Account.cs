using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Bybit.BybitJson;

namespace GridBot.Exchanges.Bybit;

public static partial class BybitParsers
{
    /// <summary>
    /// wallet-balance <c>result</c> of a unified account (<c>list[0].coin[]</c>) → balances. Locked = <c>locked</c>
    /// (held by open spot orders); Free = walletBalance − locked, floored at 0 (a borrowing account can lock more than it
    /// holds). Empty strings count as 0.
    /// </summary>
    public static Result<IReadOnlyList<Balance>> Balances(JsonElement result) =>
        Guarded<IReadOnlyList<Balance>>("wallet-balance", () =>
        {
            var accounts = Array(result, "list");
            if (accounts.GetArrayLength() == 0)
            {
                return System.Array.Empty<Balance>();
            }

            return Array(accounts[0], "coin").EnumerateArray().Select(BalanceOf).ToArray();
        });

    /// <summary>
    /// position/list <c>result</c> → the one-way position in <paramref name="symbol"/>: quantity signed by side
    /// (Buy &gt; 0, Sell &lt; 0), liqPrice "" → null, leverage truncated to an integer; null when flat. More than one open
    /// entry means hedge mode, which the bot does not trade: an error.
    /// </summary>
    public static Result<PerpPosition?> Position(JsonElement result, Symbol symbol) =>
        Guarded<PerpPosition?>("position list", () =>
        {
            var open = Array(result, "list").EnumerateArray()
                .Where(item => OptStr(item, "symbol") == symbol.Name && Dec(item, "size") != 0m)
                .ToArray();
            return open.Length switch
            {
                0 => Result<PerpPosition?>.Ok(null),
                1 => PositionOf(open[0], symbol),
                _ => new Error(ErrorKind.Other, "HedgeMode", $"{symbol.Name} has {open.Length} open positions: switch the account to one-way mode"),
            };
        });

    /// <summary>position/list <c>result</c> → true when every entry for <paramref name="symbol"/> has positionIdx 0 (one-way mode).</summary>
    public static Result<bool> IsOneWayMode(JsonElement result, Symbol symbol) =>
        Guarded<bool>("position list", () => Result<bool>.Ok(Array(result, "list").EnumerateArray()
            .Where(item => OptStr(item, "symbol") == symbol.Name)
            .All(item => item.TryGetProperty("positionIdx", out var idx) && idx.ValueKind == JsonValueKind.Number && idx.GetInt32() == 0)));

    private static Balance BalanceOf(JsonElement coin)
    {
        var wallet = OptDec(coin, "walletBalance") ?? 0m;
        var locked = OptDec(coin, "locked") ?? 0m;
        return new Balance(Str(coin, "coin"), Math.Max(0m, wallet - locked), locked);
    }

    private static PerpPosition PositionOf(JsonElement item, Symbol symbol)
    {
        var size = Dec(item, "size");
        var signed = SideOf(Str(item, "side")) == OrderSide.Buy ? size : -size;
        return new PerpPosition(
            symbol,
            Quantity: signed,
            EntryPrice: Dec(item, "avgPrice"),
            MarkPrice: Dec(item, "markPrice"),
            LiquidationPrice: OptDec(item, "liqPrice") is { } liq and > 0m ? liq : null,
            Leverage: (int)decimal.Truncate(Dec(item, "leverage")),
            UnrealizedPnl: OptDec(item, "unrealisedPnl") ?? 0m);
    }
}
