using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangeFillTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(99.5)]
    public void MoveTo_TouchingRestingBuy_FillsAtItsLimitAsMaker(decimal movePrice)
    {
        var exchange = Spot(105m);
        exchange.PlaceOk(Limit("b1", OrderSide.Buy, 0.1m, 100m)).Status.Should().Be(OrderStatus.New);

        var fills = exchange.MoveTo(movePrice, 1_000);

        var fill = fills.Should().ContainSingle().Subject;
        fill.Price.Should().Be(100m);
        fill.Quantity.Should().Be(0.1m);
        fill.IsMaker.Should().BeTrue();
        fill.Fee.Should().Be(new CashAmount(0.01m, "USDT")); // 10 × 0.1%
        fill.TimeMs.Should().Be(1_000);
        exchange.Order("b1").Value.Status.Should().Be(OrderStatus.Filled);
        exchange.OpenOrders().Should().BeEmpty();
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 9_989.99m, 0m));
        exchange.BalanceOf("BTC").Should().Be(new Balance("BTC", 0.1m, 0m));
    }

    [Fact]
    public void MoveTo_TouchingRestingSell_FillsAtItsLimitAsMaker()
    {
        var exchange = Spot(105m, startingBase: 1m);
        exchange.PlaceOk(Limit("s1", OrderSide.Sell, 0.5m, 110m));

        var fill = exchange.MoveTo(110m, 1_000).Should().ContainSingle().Subject;

        fill.Price.Should().Be(110m);
        fill.Fee.Amount.Should().Be(0.055m); // 55 × 0.1%
        exchange.BalanceOf("USDT").Total.Should().Be(10_054.945m);
        exchange.BalanceOf("BTC").Should().Be(new Balance("BTC", 0.5m, 0m));
    }

    [Fact]
    public void MoveTo_JustShortOfTheLimit_FillsNothing()
    {
        var exchange = Spot(105m, startingBase: 1m);
        exchange.PlaceOk(Limit("b1", OrderSide.Buy, 0.1m, 100m));
        exchange.PlaceOk(Limit("s1", OrderSide.Sell, 0.1m, 110m));

        exchange.MoveTo(100.01m, 1_000).Should().BeEmpty();
        exchange.MoveTo(109.99m, 2_000).Should().BeEmpty();

        exchange.OpenOrders().Select(o => o.ClientOrderId).Should().Equal("b1", "s1");
        exchange.FillCount.Should().Be(0);
    }

    [Fact]
    public void MoveTo_ThroughSeveralBuys_FillsThemHighestFirstAndEqualPricesFirstPlacedFirst()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("b97", OrderSide.Buy, 0.1m, 97m));
        exchange.PlaceOk(Limit("b99", OrderSide.Buy, 0.1m, 99m));
        exchange.PlaceOk(Limit("b98a", OrderSide.Buy, 0.1m, 98m));
        exchange.PlaceOk(Limit("b98b", OrderSide.Buy, 0.1m, 98m));
        exchange.PlaceOk(Limit("b96", OrderSide.Buy, 0.1m, 96m));

        var fills = exchange.MoveTo(97m, 1_000);

        fills.Select(f => f.ClientOrderId).Should().Equal("b99", "b98a", "b98b", "b97");
        fills.Select(f => f.TradeId).Should().Equal("1", "2", "3", "4");
        exchange.OpenOrders().Should().ContainSingle().Which.ClientOrderId.Should().Be("b96");
    }

    [Fact]
    public void MoveTo_ThroughSeveralSells_FillsThemLowestFirst()
    {
        var exchange = Spot(100m, startingBase: 1m);
        exchange.PlaceOk(Limit("s103", OrderSide.Sell, 0.1m, 103m));
        exchange.PlaceOk(Limit("s101", OrderSide.Sell, 0.1m, 101m));
        exchange.PlaceOk(Limit("s102", OrderSide.Sell, 0.1m, 102m));

        exchange.MoveTo(104m, 1_000).Select(f => f.Price).Should().Equal(101m, 102m, 103m);
    }

    [Fact]
    public void SetQuote_CrossingBothSides_FillsBuysWhenAskReachesThemThenSellsWhenBidDoes()
    {
        var exchange = new PaperExchange(Options(startingBase: 1m), new PaperClock());
        exchange.SetQuote(100m, 110m, 0);
        exchange.PlaceOk(Limit("s104", OrderSide.Sell, 0.1m, 104m));
        exchange.PlaceOk(Limit("b105", OrderSide.Buy, 0.1m, 105m));
        exchange.PlaceOk(Limit("b106", OrderSide.Buy, 0.1m, 106m));

        var fills = exchange.SetQuote(104m, 105m, 1_000);

        fills.Select(f => (f.ClientOrderId, f.Price)).Should().Equal(("b106", 106m), ("b105", 105m), ("s104", 104m));
        exchange.LastPrice.Should().Be(104.5m);
    }

    [Fact]
    public void SetQuote_AskAboveBuyAndBidBelowSell_FillsNothing()
    {
        var exchange = new PaperExchange(Options(startingBase: 1m), new PaperClock());
        exchange.SetQuote(100m, 110m, 0);
        exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 105m));
        exchange.PlaceOk(Limit("s", OrderSide.Sell, 0.1m, 106m));

        exchange.SetQuote(105.5m, 105.51m, 1_000).Should().BeEmpty();
    }

    [Fact]
    public void PlaceOrder_MarketableLimitBuy_FillsAtOnceAtTheCurrentPriceAsTaker()
    {
        var exchange = Spot(100m);

        var order = exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 101m));

        order.Status.Should().Be(OrderStatus.Filled);
        order.FilledQuantity.Should().Be(0.1m);
        var fill = exchange.FillsSince(0).Should().ContainSingle().Subject;
        (fill.Price, fill.IsMaker, fill.Fee.Amount).Should().Be((100m, false, 0.02m)); // 10 × 0.2% taker
        exchange.BalanceOf("USDT").Total.Should().Be(9_989.98m);
    }

    [Fact]
    public void PlaceOrder_MarketableLimitSell_FillsAtTheCurrentPriceAsTaker()
    {
        var exchange = Spot(100m, startingBase: 1m);

        exchange.PlaceOk(Limit("s", OrderSide.Sell, 0.1m, 99m)).Status.Should().Be(OrderStatus.Filled);

        exchange.FillsSince(0).Single().Price.Should().Be(100m);
        exchange.BalanceOf("USDT").Total.Should().Be(10_009.98m);
    }

    [Fact]
    public void PlaceOrder_LimitIocThatCrosses_FillsInFullAsTaker()
    {
        var exchange = Spot(100m);

        var order = exchange.PlaceOk(Limit("ioc", OrderSide.Buy, 0.1m, 101m, OrderType.LimitIoc));

        order.Status.Should().Be(OrderStatus.Filled);
        exchange.FillsSince(0).Single().IsMaker.Should().BeFalse();
    }

    [Fact]
    public void PlaceOrder_LimitIocThatDoesNotCross_ExpiresUnfilledAndNeverRests()
    {
        var exchange = Spot(100m);

        var order = exchange.PlaceOk(Limit("ioc", OrderSide.Buy, 0.1m, 99m, OrderType.LimitIoc));

        (order.Status, order.FilledQuantity).Should().Be((OrderStatus.Expired, 0m));
        exchange.OpenOrders().Should().BeEmpty();
        exchange.MoveTo(98m, 1_000).Should().BeEmpty();
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 10_000m, 0m));
    }

    [Fact]
    public void PlaceOrder_LimitMakerBelowThePrice_Rests()
    {
        var exchange = Spot(100m);

        exchange.PlaceOk(Limit("pm", OrderSide.Buy, 0.1m, 99.99m, OrderType.LimitMaker)).Status.Should().Be(OrderStatus.New);

        exchange.MoveTo(99.99m, 1_000).Single().IsMaker.Should().BeTrue();
    }

    [Fact]
    public void PlaceOrder_MarketBuyWithSlippage_FillsAboveTheLastPriceAndPaysTaker()
    {
        var exchange = At(new PaperExchange(Options() with { SlippageBps = 10m }, new PaperClock()), 100m);

        var order = exchange.PlaceOk(Market("m", OrderSide.Buy, 0.1m));

        order.Status.Should().Be(OrderStatus.Filled);
        var fill = exchange.FillsSince(0).Single();
        (fill.Price, fill.Fee.Amount, fill.IsMaker).Should().Be((100.1m, 0.02002m, false)); // 10.01 × 0.2%
        exchange.BalanceOf("USDT").Total.Should().Be(9_989.96998m);
        exchange.BalanceOf("BTC").Total.Should().Be(0.1m);
    }

    [Fact]
    public void PlaceOrder_MarketSellWithSlippage_FillsBelowTheLastPrice()
    {
        var exchange = At(new PaperExchange(Options(startingBase: 1m) with { SlippageBps = 10m }, new PaperClock()), 100m);

        exchange.PlaceOk(Market("m", OrderSide.Sell, 0.1m));

        var fill = exchange.FillsSince(0).Single();
        (fill.Price, fill.Fee.Amount).Should().Be((99.9m, 0.01998m));
        exchange.BalanceOf("USDT").Total.Should().Be(10_009.97002m);
    }

    [Fact]
    public void Fees_MakerAndTakerFills_AreChargedInQuoteAndTotalled()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("taker", OrderSide.Buy, 0.1m, 100m));
        exchange.PlaceOk(Limit("maker", OrderSide.Buy, 0.2m, 90m));
        exchange.MoveTo(90m, 1_000);

        exchange.FillsSince(0).Select(f => f.Fee).Should().Equal(new CashAmount(0.02m, "USDT"), new CashAmount(0.018m, "USDT"));
        exchange.TotalFees.Should().Be(0.038m);
        exchange.FillCount.Should().Be(2);
    }

    [Fact]
    public void Equity_AfterABuy_IsQuotePlusBaseAtTheMark()
    {
        var exchange = Spot(105m);
        exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 100m));
        exchange.MoveTo(100m, 1_000);

        exchange.Equity(120m).Should().Be(10_001.99m); // 9,989.99 + 0.1 × 120
    }
}
