using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

/// <summary>A thin book at the touch (limit IOCs take only what rests there until the price moves) and fees in BNB.</summary>
public class PaperExchangeDepthAndFeeAssetTests
{
    [Fact]
    public void LimitIoc_ThinBook_TakesTheTouchThenNothingUntilThePriceMoves()
    {
        var exchange = At(new PaperExchange(Options(startingBase: 1m) with { TouchDepth = 0.3m }, new PaperClock()), 100m);

        var first = exchange.PlaceOk(Limit("i1", OrderSide.Sell, 0.5m, 100m, OrderType.LimitIoc));
        var second = exchange.PlaceOk(Limit("i2", OrderSide.Sell, 0.5m, 100m, OrderType.LimitIoc));
        exchange.MoveTo(100m, 1_000);
        var third = exchange.PlaceOk(Limit("i3", OrderSide.Sell, 0.5m, 100m, OrderType.LimitIoc));

        first.Should().Match<ExchangeOrder>(o => o.FilledQuantity == 0.3m && o.Status == OrderStatus.Expired);
        second.Should().Match<ExchangeOrder>(o => o.FilledQuantity == 0m && o.Status == OrderStatus.Expired);
        third.FilledQuantity.Should().Be(0.3m, "the move refilled the touch");
        exchange.BalanceOf("BTC").Total.Should().Be(0.4m);
    }

    [Fact]
    public void Market_ThinBook_FillsInFull()
    {
        var exchange = At(new PaperExchange(Options(startingBase: 1m) with { TouchDepth = 0.1m }, new PaperClock()), 100m);

        exchange.PlaceOk(Market("m1", OrderSide.Sell, 0.5m)).FilledQuantity.Should().Be(0.5m);
    }

    [Fact]
    public async Task Fill_WithBnbHeld_FeeChargedInBnbAtTheDiscount_TickerAnswersItsPrice()
    {
        var exchange = At(new PaperExchange(Options() with { FeeAsset = "BNB", FeeAssetPrice = 500m, StartingFeeAsset = 1m }, new PaperClock()), 105m);
        exchange.PlaceOk(Limit("b1", OrderSide.Buy, 1m, 100m));

        var fill = exchange.MoveTo(99m, 1_000).Should().ContainSingle().Subject;

        // 100 × 0.1% maker = 0.1 USDT, 25% off with BNB = 0.075 USDT = 0.00015 BNB at 500.
        fill.Fee.Should().Be(new CashAmount(0.00015m, "BNB"));
        exchange.BalanceOf("USDT").Total.Should().Be(9_900m, "no quote fee");
        exchange.BalanceOf("BNB").Total.Should().Be(0.99985m);
        exchange.TotalFees.Should().Be(0.075m);
        exchange.Equity(100m).Should().Be(9_900m + 100m + (0.99985m * 500m));
        (await exchange.GetTickerAsync(new Symbol("BNB", "USDT"), CancellationToken.None)).Value.Last.Should().Be(500m);
    }

    [Fact]
    public void Fill_WithTooLittleBnb_FeeInQuote()
    {
        var exchange = At(new PaperExchange(Options() with { FeeAsset = "BNB", FeeAssetPrice = 500m, StartingFeeAsset = 0.0001m }, new PaperClock()), 105m);
        exchange.PlaceOk(Limit("b1", OrderSide.Buy, 1m, 100m));

        exchange.MoveTo(99m, 1_000).Should().ContainSingle().Which.Fee.Should().Be(new CashAmount(0.1m, "USDT"));
    }
}
