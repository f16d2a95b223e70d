using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangeReplayTests
{
    [Fact]
    public void ReplayBar_Bullish_GoesOpenLowHighCloseSoTheBuyFillsBeforeTheSell()
    {
        var exchange = Spot(100m, startingBase: 1m);
        exchange.PlaceOk(Limit("s103", OrderSide.Sell, 0.1m, 103m));
        exchange.PlaceOk(Limit("b97", OrderSide.Buy, 0.1m, 97m));

        var fills = exchange.ReplayBar(new Bar(60_000, 100m, 104m, 96m, 103m, 1m));

        fills.Select(f => (f.ClientOrderId, f.Price, f.TimeMs)).Should().Equal(("b97", 97m, 60_000L), ("s103", 103m, 60_000L));
        exchange.LastPrice.Should().Be(103m);
    }

    [Fact]
    public void ReplayBar_Bearish_GoesOpenHighLowCloseSoTheSellFillsFirst()
    {
        var exchange = Spot(100m, startingBase: 1m);
        exchange.PlaceOk(Limit("b97", OrderSide.Buy, 0.1m, 97m));
        exchange.PlaceOk(Limit("s103", OrderSide.Sell, 0.1m, 103m));

        exchange.ReplayBar(new Bar(60_000, 100m, 104m, 96m, 97m, 1m)).Select(f => f.ClientOrderId).Should().Equal("s103", "b97");
    }

    [Fact]
    public void MoveTo_OverTheBarPath_LetsACounterOrderPlacedMidBarFillLaterInTheSameBar()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("b97", OrderSide.Buy, 0.1m, 97m));
        var bar = new Bar(60_000, 100m, 104m, 96m, 103m, 1m);
        exchange.RecordKline(bar);

        var fills = new List<ExchangeFill>();
        foreach (var point in BarPath.ToArray(bar))
        {
            foreach (var fill in exchange.MoveTo(point, bar.OpenTimeMs))
            {
                fills.Add(fill);
                if (fill.Side == OrderSide.Buy)
                {
                    exchange.PlaceOk(Limit("s99", OrderSide.Sell, fill.Quantity, 99m)); // the grid's counter order, one level up
                }
            }
        }

        fills.Select(f => f.ClientOrderId).Should().Equal("b97", "s99");
        exchange.BalanceOf("BTC").Total.Should().Be(0m);
    }

    [Fact]
    public async Task GetKlines_ReturnsReplayedBarsLikeBinanceAndNoneBeforeAReplay()
    {
        var exchange = Spot(100m);
        (await exchange.GetKlinesAsync(Btc, "1m", null, 10, CancellationToken.None)).Value.Should().BeEmpty();
        var bars = Enumerable.Range(0, 3).Select(i => new Bar(i * 60_000L, 100m, 103m, 99m, 100m + i, 5m)).ToList();
        bars.ForEach(b => exchange.ReplayBar(b));

        (await exchange.GetKlinesAsync(Btc, "1m", null, 2, CancellationToken.None)).Value.Should().Equal(bars[1], bars[2]);
        (await exchange.GetKlinesAsync(Btc, "1m", 60_000, 1, CancellationToken.None)).Value.Should().Equal(bars[1]);
        var replaced = bars[2] with { Close = 99.5m };
        exchange.RecordKline(replaced);
        (await exchange.GetKlinesAsync(Btc, "1m", 60_000, 10, CancellationToken.None)).Value.Should().Equal(bars[1], replaced);
    }

    [Fact]
    public void GetFillsSince_ATime_ReturnsTheFillsAtOrAfterItOldestFirstWithUniqueRisingTradeIds()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("b99", OrderSide.Buy, 0.1m, 99m));
        exchange.PlaceOk(Limit("b98", OrderSide.Buy, 0.1m, 98m));
        exchange.PlaceOk(Limit("b97", OrderSide.Buy, 0.1m, 97m));
        exchange.MoveTo(99m, 1_000);
        exchange.MoveTo(98m, 2_000);
        exchange.MoveTo(97m, 3_000);

        var since = exchange.FillsSince(2_000);

        since.Select(f => (f.ClientOrderId, f.TimeMs, f.TradeId)).Should().Equal(("b98", 2_000L, "2"), ("b97", 3_000L, "3"));
        exchange.FillsSince(0).Select(f => f.TradeId).Should().OnlyHaveUniqueItems().And.HaveCount(3);
        exchange.FillsSince(3_001).Should().BeEmpty();
    }

    [Fact]
    public async Task VenueClock_NeverGoesBack_SoAPriceMoveStampedEarlierThanAPlacementFillsAtThePlacementTime()
    {
        var clock = new PaperClock();
        var exchange = Spot(100m, clock: clock);
        clock.SetMs(5_000);
        exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 99m)).UpdatedMs.Should().Be(5_000);

        exchange.MoveTo(99m, 1_000).Single().TimeMs.Should().Be(5_000);

        (await exchange.GetTickerAsync(Btc, CancellationToken.None)).Value.Should().Be(new Ticker(Btc, 99m, 99m, 99m, 5_000));
    }

    [Fact]
    public async Task GetTicker_AfterSetQuote_ReportsBidAskAndMidAsLast()
    {
        var exchange = new PaperExchange(Options(), new PaperClock());
        exchange.SetQuote(99.9m, 100.1m, 42);

        (await exchange.GetTickerAsync(Btc, CancellationToken.None)).Value.Should().Be(new Ticker(Btc, 99.9m, 100.1m, 100m, 42));
        (await exchange.GetRulesAsync(Btc, CancellationToken.None)).Value.Should().Be(Rules);
        exchange.Venue.Should().Be(Venue.Paper);
        exchange.Market.Should().Be(MarketType.Spot);
    }
}
