using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using static GridBot.Exchanges.Tests.Paper.PaperTestData;

namespace GridBot.Exchanges.Tests.Paper;

public class PaperExchangeRejectionTests
{
    [Theory]
    [InlineData("Buy", 0.1, 100.005, "PRICE_FILTER")] // off the 0.01 tick
    [InlineData("Buy", 0.1, 0, "PRICE_FILTER")]
    [InlineData("Buy", 0.0015, 99, "LOT_SIZE")] // off the 0.001 step
    [InlineData("Buy", 0, 99, "LOT_SIZE")]
    [InlineData("Sell", 101, 110, "LOT_SIZE")] // above max quantity 100
    [InlineData("Buy", 0.04, 99, "MIN_NOTIONAL")] // 3.96 < 5
    [InlineData("Sell", 99, 600, "NOTIONAL")] // 59,400 > 50,000
    public void PlaceOrder_BreakingAFilter_IsRejectedWithTheVenuesCodeAndNotPlaced(string side, decimal quantity, decimal price, string filter)
    {
        var exchange = Spot(100m, startingBase: 1m);

        var result = exchange.Place(Limit("f1", Enum.Parse<OrderSide>(side), quantity, price));

        result.ShouldBe(ErrorKind.FilterFailure, "-1013", $"Filter failure: {filter}");
        exchange.Order("f1").Error!.Code.Should().Be("-2013");
        exchange.PlaceOk(Limit("f1", OrderSide.Buy, 0.1m, 99m)); // a rejected order does not spend its id
    }

    [Fact]
    public void PlaceOrder_OutsideThePercentPriceBand_FailsPercentPriceBySide()
    {
        var rules = new SymbolRules(Btc, 0.01m, 0.001m, percentPrice: new PercentPriceBand(1.2m, 0.8m, 1.2m, 0.8m));
        var exchange = At(new PaperExchange(Options() with { Rules = rules }, new PaperClock()), 100m);

        exchange.Place(Limit("low", OrderSide.Buy, 1m, 79.99m)).ShouldBe(ErrorKind.FilterFailure, "-1013", "Filter failure: PERCENT_PRICE_BY_SIDE");
        exchange.PlaceOk(Limit("ok", OrderSide.Buy, 1m, 80m));
    }

    [Fact]
    public void PlaceOrder_BeyondMaxOpenOrders_FailsMaxNumOrders()
    {
        var rules = new SymbolRules(Btc, 0.01m, 0.001m, maxOpenOrders: 2);
        var exchange = At(new PaperExchange(Options() with { Rules = rules }, new PaperClock()), 100m);
        exchange.PlaceOk(Limit("a", OrderSide.Buy, 0.1m, 99m));
        exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 98m));

        exchange.Place(Limit("c", OrderSide.Buy, 0.1m, 97m)).ShouldBe(ErrorKind.FilterFailure, "-1013", "Filter failure: MAX_NUM_ORDERS");
    }

    [Fact]
    public void PlaceOrder_MarketBelowMinNotionalAtTheExpectedPrice_FailsMinNotional()
    {
        var exchange = Spot(100m);

        exchange.Place(Market("m", OrderSide.Buy, 0.049m)).ShouldBe(ErrorKind.FilterFailure, "-1013", "Filter failure: MIN_NOTIONAL");
    }

    [Fact]
    public void PlaceOrder_LimitMakerThatWouldCross_IsRejectedAndNotPlaced()
    {
        var exchange = Spot(100m, startingBase: 1m);

        exchange.Place(Limit("pb", OrderSide.Buy, 0.1m, 100m, OrderType.LimitMaker))
            .ShouldBe(ErrorKind.FilterFailure, "-2010", "Order would immediately match and take.");
        exchange.Place(Limit("ps", OrderSide.Sell, 0.1m, 100m, OrderType.LimitMaker))
            .ShouldBe(ErrorKind.FilterFailure, "-2010", "Order would immediately match and take.");
        exchange.FillCount.Should().Be(0);
        exchange.Order("pb").IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void PlaceOrder_BuyNeedingMoreThanFreeQuoteWithItsFee_IsInsufficientBalance()
    {
        var exchange = Spot(105m);

        // 99.91 × 100 × 1.001 = 10,000.991 > 10,000; 99.9 × 100 × 1.001 = 9,999.99 fits.
        exchange.Place(Limit("big", OrderSide.Buy, 99.91m, 100m))
            .ShouldBe(ErrorKind.InsufficientBalance, "-2010", "Account has insufficient balance for requested action.");
        exchange.PlaceOk(Limit("fits", OrderSide.Buy, 99.9m, 100m));
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 10m, 9_990m));

        // 10 free, but 9.99 of it is reserved for the resting buy's fee: 5 × 1.001 does not fit.
        exchange.Place(Limit("more", OrderSide.Buy, 0.05m, 100m)).Error!.Kind.Should().Be(ErrorKind.InsufficientBalance);

        exchange.MoveTo(100m, 1_000);
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 0.01m, 0m));
    }

    [Fact]
    public void PlaceOrder_SellOfMoreBaseThanFree_IsInsufficientBalance()
    {
        var exchange = Spot(100m, startingBase: 1m);

        exchange.Place(Limit("s1", OrderSide.Sell, 1.001m, 110m)).ShouldBe(ErrorKind.InsufficientBalance, "-2010", "insufficient balance");
        exchange.PlaceOk(Limit("s2", OrderSide.Sell, 1m, 110m));
        exchange.Place(Limit("s3", OrderSide.Sell, 0.1m, 111m)).Error!.Kind.Should().Be(ErrorKind.InsufficientBalance);
        exchange.Place(Market("s4", OrderSide.Sell, 0.1m)).Error!.Kind.Should().Be(ErrorKind.InsufficientBalance);
    }

    [Fact]
    public void CancelOrder_OpenBuyAndSell_ReleasesTheirLocks()
    {
        var exchange = Spot(100m, startingBase: 1m);
        exchange.PlaceOk(Limit("b", OrderSide.Buy, 0.1m, 99m));
        exchange.PlaceOk(Limit("s", OrderSide.Sell, 0.4m, 110m));
        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 9_990.1m, 9.9m));
        exchange.BalanceOf("BTC").Should().Be(new Balance("BTC", 0.6m, 0.4m));

        exchange.Cancel("b").Value.Status.Should().Be(OrderStatus.Canceled);
        exchange.Cancel("s").Value.Status.Should().Be(OrderStatus.Canceled);

        exchange.BalanceOf("USDT").Should().Be(new Balance("USDT", 10_000m, 0m));
        exchange.BalanceOf("BTC").Should().Be(new Balance("BTC", 1m, 0m));
        exchange.OpenOrders().Should().BeEmpty();
        exchange.MoveTo(90m, 1_000).Should().BeEmpty();
    }

    [Fact]
    public void PlaceOrder_SameClientIdWhileOpenFilledOrCanceled_IsDuplicateAndNotPlacedAgain()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("open", OrderSide.Buy, 0.1m, 99m));
        exchange.PlaceOk(Limit("filled", OrderSide.Buy, 0.1m, 98m));
        exchange.PlaceOk(Limit("canceled", OrderSide.Buy, 0.1m, 90m));
        exchange.MoveTo(98m, 1_000);
        exchange.Cancel("canceled");

        foreach (var id in new[] { "open", "filled", "canceled" })
        {
            exchange.Place(Limit(id, OrderSide.Buy, 0.1m, 50m)).ShouldBe(ErrorKind.DuplicateClientOrderId, "-2010", "Duplicate order sent.");
        }

        exchange.OpenOrders().Should().BeEmpty();
        exchange.Order("filled").Value.Price.Should().Be(98m);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has.dot")]
    [InlineData("has space")]
    [InlineData("ümlaut")]
    [InlineData("a234567890123456789012345678901234567")] // 37 characters
    public void PlaceOrder_IllegalClientOrderId_IsRejected(string id)
    {
        var exchange = Spot(100m);

        exchange.Place(Limit(id, OrderSide.Buy, 0.1m, 99m)).ShouldBe(ErrorKind.FilterFailure, "-1100", "newClientOrderId");
    }

    [Fact]
    public void PlaceOrder_LongestLegalClientOrderId_IsAccepted() =>
        Spot(100m).PlaceOk(Limit("bot-1_g2-L10-BUY_abcdefghijklmnopqrs", OrderSide.Buy, 0.1m, 99m)).ClientOrderId.Should().HaveLength(36);

    [Fact]
    public void GetOrder_UnknownClientId_IsOrderDoesNotExist() =>
        Spot().Order("nope").ShouldBe(ErrorKind.UnknownOrder, "-2013", "Order does not exist.");

    [Fact]
    public void CancelOrder_UnknownFilledOrAlreadyCanceled_IsUnknownOrderSent()
    {
        var exchange = Spot(100m);
        exchange.PlaceOk(Limit("filled", OrderSide.Buy, 0.1m, 100m));
        exchange.PlaceOk(Limit("twice", OrderSide.Buy, 0.1m, 90m));
        exchange.Cancel("twice");

        foreach (var id in new[] { "nope", "filled", "twice" })
        {
            exchange.Cancel(id).ShouldBe(ErrorKind.UnknownOrder, "-2011", "Unknown order sent.");
        }
    }

    [Fact]
    public void PlaceOrder_BeforeAnyPrice_IsRejected()
    {
        var exchange = new PaperExchange(Options(), new PaperClock());

        exchange.Place(Market("m", OrderSide.Buy, 0.1m)).Error!.Code.Should().Be("NoPrice");
        exchange.Place(Limit("l", OrderSide.Buy, 0.1m, 99m)).Error!.Code.Should().Be("NoPrice");
        exchange.Ticker().Error!.Code.Should().Be("NoPrice");
    }

    [Fact]
    public void PlaceOrder_PriceMissingOnLimitOrSentOnMarket_IsRejected()
    {
        var exchange = Spot(100m);

        exchange.Place(new OrderRequest(Btc, "l", OrderSide.Buy, OrderType.Limit, 0.1m, null)).Error!.Code.Should().Be("-1102");
        exchange.Place(new OrderRequest(Btc, "m", OrderSide.Buy, OrderType.Market, 0.1m, 100m)).Error!.Code.Should().Be("-1106");
    }

    [Fact]
    public async Task Calls_ForAnotherSymbol_AreInvalidSymbol()
    {
        var exchange = Spot(100m);
        var eth = new Symbol("ETH", "USDT");

        exchange.Place(new OrderRequest(eth, "e", OrderSide.Buy, OrderType.Limit, 1m, 99m)).ShouldBe(ErrorKind.Other, "-1121", "Invalid symbol.");
        (await exchange.GetTickerAsync(eth, CancellationToken.None)).Error!.Code.Should().Be("-1121");
        (await exchange.GetOpenOrdersAsync(eth, CancellationToken.None)).Error!.Code.Should().Be("-1121");
    }

    [Fact]
    public async Task Calls_WithACancelledToken_ThrowOperationCanceledAndChangeNothing()
    {
        var exchange = Spot(100m);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await exchange.Invoking(e => e.PlaceOrderAsync(Limit("b", OrderSide.Buy, 0.1m, 99m), cts.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        await exchange.Invoking(e => e.GetBalancesAsync(cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        await exchange.Invoking(e => e.CancelOrderAsync(Btc, "b", cts.Token)).Should().ThrowAsync<OperationCanceledException>();

        exchange.Order("b").IsSuccess.Should().BeFalse();
    }
}
