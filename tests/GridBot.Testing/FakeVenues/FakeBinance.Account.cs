namespace GridBot.Testing.FakeVenues;

/// <summary>Spot account balances, futures v2 balance and positionRisk (one-way, all numbers as strings), leverage, position mode.</summary>
public sealed partial class FakeBinance
{
    private void MapAccountRoutes()
    {
        Map("GET", "/api/v3/account", 20, true, Account);
        Map("GET", "/fapi/v2/balance", 5, true, FuturesBalance);
        Map("GET", "/fapi/v2/positionRisk", 5, true, PositionRisk);
        Map("POST", "/fapi/v1/leverage", 1, true, SetLeverage);
        Map("GET", "/fapi/v1/positionSide/dual", 30, true, (_, _) => FakeReply.Json(new { dualSidePosition = Options.HedgeMode }));
    }

    private FakeReply Account(FakeCall call, FakeMarket market)
    {
        var maker = Wire.F8(market.Settings.MakerFeeRate);
        var taker = Wire.F8(market.Settings.TakerFeeRate);
        return FakeReply.Json(new
        {
            makerCommission = (int)(market.Settings.MakerFeeRate * 10_000m),
            takerCommission = (int)(market.Settings.TakerFeeRate * 10_000m),
            buyerCommission = 0,
            sellerCommission = 0,
            commissionRates = new { maker, taker, buyer = Wire.F8(0m), seller = Wire.F8(0m) },
            canTrade = true,
            canWithdraw = true,
            canDeposit = true,
            brokered = false,
            requireSelfTradePrevention = false,
            preventSor = false,
            updateTime = call.NowMs,
            accountType = "SPOT",
            balances = market.Assets.Select(a => new { asset = a, free = Wire.F8(market.Free(a)), locked = Wire.F8(market.LockedBalance(a)) }).ToArray(),
            permissions = new[] { "SPOT" },
            uid = 354_937_868,
        });
    }

    private FakeReply FuturesBalance(FakeCall call, FakeMarket market)
    {
        var wallet = market.Free(market.QuoteAsset);
        return FakeReply.Json(new[]
        {
            new
            {
                accountAlias = "SgsR", asset = market.QuoteAsset, balance = Wire.F8(wallet), crossWalletBalance = Wire.F8(wallet),
                crossUnPnl = Wire.F8(market.UnrealizedPnl), availableBalance = Wire.F8(market.AvailableMargin),
                maxWithdrawAmount = Wire.F8(market.AvailableMargin), marginAvailable = true, updateTime = call.NowMs,
            },
        });
    }

    private FakeReply PositionRisk(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: false) is { } error)
        {
            return error;
        }

        var amount = market.PositionQuantity;
        var mark = market.LastPrice;
        return FakeReply.Json(new[]
        {
            new
            {
                symbol = market.Rules.Symbol.Name, positionAmt = BinanceShapes.Quantity(market, amount),
                entryPrice = Wire.F8(market.EntryPrice), breakEvenPrice = Wire.F8(market.EntryPrice), markPrice = Wire.F8(mark),
                unRealizedProfit = Wire.F8(market.UnrealizedPnl), liquidationPrice = "0", leverage = Wire.Ms(market.Leverage),
                maxNotionalValue = "20000000", marginType = "cross", isolatedMargin = Wire.F8(0m), isAutoAddMargin = "false",
                positionSide = "BOTH", notional = Wire.F8(amount * mark), isolatedWallet = "0",
                updateTime = amount == 0m ? 0 : call.NowMs,
            },
        });
    }

    private FakeReply SetLeverage(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: true) is { } error)
        {
            return error;
        }

        if (call.Param("leverage") is not { } text)
        {
            return Missing("leverage");
        }

        if (!Wire.TryLong(text, out var leverage) || leverage is < 1 or > 125)
        {
            return Error(400, -4028, "Leverage " + text + " is not valid");
        }

        market.Leverage = (int)leverage;
        return FakeReply.Json(new { leverage, maxNotionalValue = "1000000", symbol = market.Rules.Symbol.Name });
    }
}
