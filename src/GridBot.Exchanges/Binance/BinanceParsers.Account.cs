using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

public static partial class BinanceParsers
{
    /// <summary>Spot <c>/api/v3/account</c> → balances. Assets with nothing free and nothing locked are left out.</summary>
    public static Result<IReadOnlyList<Balance>> ParseSpotBalances(string json) =>
        Parse<IReadOnlyList<Balance>>(json, "account", root =>
            Array(Required(root, "balances"), "balances").EnumerateArray()
                .Select(b => new Balance(String(b, "asset"), Decimal(b, "free"), Decimal(b, "locked")))
                .Where(b => b.Free != 0m || b.Locked != 0m)
                .ToArray());

    /// <summary>
    /// Futures <c>/fapi/v2/balance</c> → balances: Free is <c>availableBalance</c>; Locked is what the wallet
    /// <c>balance</c> holds beyond it (margin in use), never below 0 (available can exceed the wallet on unrealised
    /// profit). Zero entries are left out.
    /// </summary>
    public static Result<IReadOnlyList<Balance>> ParseFuturesBalances(string json) =>
        Parse<IReadOnlyList<Balance>>(json, "balance", root =>
            Array(root, "balance").EnumerateArray()
                .Select(b =>
                {
                    var wallet = Decimal(b, "balance");
                    var available = Decimal(b, "availableBalance");
                    return new Balance(String(b, "asset"), available, Math.Max(0m, wallet - available));
                })
                .Where(b => b.Free != 0m || b.Locked != 0m)
                .ToArray());

    /// <summary>
    /// Futures <c>/fapi/v2/positionRisk</c> → the one-way (<c>positionSide</c> BOTH) position of <paramref name="symbol"/>,
    /// or null when flat or not listed. Hedge-mode entries (LONG/SHORT) are an error: the bot runs in one-way mode.
    /// <c>liquidationPrice</c> "0" becomes null.
    /// </summary>
    public static Result<PerpPosition?> ParsePosition(string json, Symbol symbol) =>
        Parse<PerpPosition?>(json, "positionRisk", root =>
        {
            foreach (var p in Array(root, "positionRisk").EnumerateArray())
            {
                if (String(p, "symbol") != symbol.Name)
                {
                    continue;
                }

                var side = OptionalString(p, "positionSide") ?? "BOTH";
                if (side != "BOTH")
                {
                    return Fail("positionRisk", $"{symbol.Name} is in hedge mode (positionSide {side}); the bot needs one-way mode");
                }

                return ReadPosition(p, symbol);
            }

            return Result<PerpPosition?>.Ok(null);
        });

    private static Result<PerpPosition?> ReadPosition(JsonElement p, Symbol symbol)
    {
        var amount = Decimal(p, "positionAmt");
        if (amount == 0m)
        {
            return Result<PerpPosition?>.Ok(null);
        }

        var liquidation = Decimal(p, "liquidationPrice", required: false);
        return new PerpPosition(
            symbol,
            amount,
            Decimal(p, "entryPrice"),
            Decimal(p, "markPrice"),
            liquidation > 0m ? liquidation : null,
            checked((int)Long(Required(p, "leverage"), "leverage")),
            Decimal(p, "unRealizedProfit"));
    }
}
