using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Unified-account wallet (spot balances, with the linear wallet added into USDT), linear position list and
/// set-leverage (110043 when unchanged).
/// </summary>
public sealed partial class FakeBybit
{
    private void MapAccountRoutes()
    {
        Map("GET", "/v5/account/wallet-balance", true, WalletBalance);
        Map("GET", "/v5/position/list", true, Positions);
        Map("POST", "/v5/position/set-leverage", true, SetLeverage);
    }

    private FakeReply WalletBalance(FakeCall call)
    {
        if (call.Param("accountType") is not ("UNIFIED" or "CONTRACT" or "SPOT"))
        {
            return Error(10001, "accountType only support UNIFIED.");
        }

        var positionIm = Math.Abs(Linear.PositionQuantity) * Linear.EntryPrice / Linear.Leverage;
        var linearWallet = Linear.Free(Linear.QuoteAsset);
        var orderIm = linearWallet - Linear.AvailableMargin - positionIm;
        var coins = Spot.Assets.Union([Linear.QuoteAsset])
            .Where(a => call.Param("coin") is not { } wanted || wanted.Split(',').Contains(a))
            .Select(a => Coin(a, a == Linear.QuoteAsset, linearWallet, orderIm, positionIm))
            .ToArray();
        var total = Wire.Plain(Spot.Free(Spot.QuoteAsset) + Spot.LockedBalance(Spot.QuoteAsset) + linearWallet);
        return Ok(new
        {
            list = new[]
            {
                new
                {
                    accountType = call.Param("accountType"), accountIMRate = "0", accountMMRate = "0", totalEquity = total,
                    totalWalletBalance = total, totalMarginBalance = total, totalAvailableBalance = Wire.Plain(Linear.AvailableMargin),
                    totalPerpUPL = Wire.Plain(Linear.UnrealizedPnl), totalInitialMargin = Wire.Plain(orderIm + positionIm),
                    totalMaintenanceMargin = "0", accountLTV = "0", coin = coins,
                },
            },
        });
    }

    private object Coin(string asset, bool isSettle, decimal linearWallet, decimal orderIm, decimal positionIm)
    {
        var wallet = Spot.Free(asset) + Spot.LockedBalance(asset) + (isSettle ? linearWallet : 0m);
        return new
        {
            coin = asset, equity = Wire.Plain(wallet + (isSettle ? Linear.UnrealizedPnl : 0m)), usdValue = string.Empty,
            walletBalance = Wire.Plain(wallet), free = Wire.Plain(Spot.Free(asset)), locked = Wire.Plain(Spot.LockedBalance(asset)),
            spotHedgingQty = "0", borrowAmount = "0", availableToWithdraw = string.Empty, accruedInterest = "0",
            totalOrderIM = Wire.Plain(isSettle ? orderIm : 0m), totalPositionIM = Wire.Plain(isSettle ? positionIm : 0m),
            totalPositionMM = "0", unrealisedPnl = Wire.Plain(isSettle ? Linear.UnrealizedPnl : 0m),
            cumRealisedPnl = Wire.Plain(isSettle ? Linear.RealizedPnl : 0m), bonus = "0", marginCollateral = true, collateralSwitch = true,
        };
    }

    private FakeReply Positions(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        if (market.Type != MarketType.Perp)
        {
            return Error(10001, "params error: category only support linear or inverse");
        }

        var size = market.PositionQuantity;
        var position = new
        {
            positionIdx = 0, riskId = 1, riskLimitValue = "2000000", symbol = market.Rules.Symbol.Name,
            side = size > 0m ? "Buy" : size < 0m ? "Sell" : string.Empty, size = Wire.Plain(Math.Abs(size)),
            avgPrice = Wire.Plain(market.EntryPrice), positionValue = Wire.Plain(Math.Abs(size) * market.EntryPrice), tradeMode = 0,
            autoAddMargin = 0, positionStatus = "Normal", leverage = Wire.Ms(market.Leverage), markPrice = Wire.Plain(market.LastPrice),
            liqPrice = string.Empty, bustPrice = string.Empty, positionIM = Wire.Plain(Math.Abs(size) * market.EntryPrice / market.Leverage),
            positionMM = "0", tpslMode = "Full", takeProfit = "0", stopLoss = "0", trailingStop = "0",
            unrealisedPnl = Wire.Plain(market.UnrealizedPnl), cumRealisedPnl = Wire.Plain(market.RealizedPnl), curRealisedPnl = Wire.Plain(market.RealizedPnl),
            createdTime = Wire.Ms(call.NowMs), updatedTime = Wire.Ms(call.NowMs), seq = market.Fills.Count, isReduceOnly = false,
        };
        var list = Options.HedgeMode
            ? new[] { position with { positionIdx = 1, side = "Buy" }, position with { positionIdx = 2, side = "Sell" } }
            : new[] { position };
        return Ok(new { category = "linear", list, nextPageCursor = string.Empty });
    }

    private FakeReply SetLeverage(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        var buy = call.Param("buyLeverage");
        if (market.Type != MarketType.Perp || !Wire.TryLong(buy, out var leverage) || leverage is < 1 or > 100)
        {
            return Error(10001, "params error: leverage invalid");
        }

        if (call.Param("sellLeverage") != buy)
        {
            return Error(10001, "buy leverage must be equal to sell leverage");
        }

        if (leverage == market.Leverage)
        {
            return Error(110043, "Set leverage not modified");
        }

        market.Leverage = (int)leverage;
        return Ok(new { });
    }
}
