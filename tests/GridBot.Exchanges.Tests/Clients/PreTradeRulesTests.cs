using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using static System.Globalization.CultureInfo;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>The screen every placement passes before a venue client sends it, on BTCUSDT's real spot rules.</summary>
public sealed class PreTradeRulesTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    /// <summary>BTCUSDT spot (api-facts 1.4): tick 0.01, step 0.00001, NOTIONAL 5 … 9,000,000, MARKET_LOT_SIZE max 97.92836420.</summary>
    private static readonly PreTradeRules Spot = new(
        new SymbolRules(Btc, 0.01m, 0.00001m, 0.00001m, 9_000m, 5m, 9_000_000m), "TRADING", true, 0.01m, 1_000_000m,
        MarketMaxQuantity: 97.92836420m);

    private static OrderRequest Limit(decimal qty, decimal price, bool reduceOnly = false, OrderSide side = OrderSide.Buy) =>
        new(Btc, "g1-0-b1", side, OrderType.Limit, qty, price, reduceOnly);

    private static OrderRequest Market(decimal qty, bool reduceOnly = false) => new(Btc, "g1-0-f1", OrderSide.Sell, OrderType.Market, qty, null, reduceOnly);

    [Theory]
    [InlineData("0.001", "59000.01")]
    [InlineData("0.00009", "59000")]           // 5.31 USDT, just above the notional minimum
    [InlineData("9000", "1000")]               // max quantity, inside max notional
    [InlineData("0.5", "1000000")]             // max price
    public void Check_WithinEveryRule_Passes(string qty, string price) =>
        Spot.Check(Limit(decimal.Parse(qty, InvariantCulture), decimal.Parse(price, InvariantCulture)))
            .Should().BeNull();

    [Theory]
    [InlineData("0.001", "59000.005", "PRICE_FILTER")]   // off the tick
    [InlineData("0.001", "1000000.01", "max price")]
    [InlineData("0.000015", "59000", "LOT_SIZE")]        // off the step
    [InlineData("9000.1", "100", "LOT_SIZE")]            // above max quantity
    [InlineData("0.00008", "59000", "MIN_NOTIONAL")]     // 4.72 USDT
    [InlineData("0", "59000", "must be > 0")]
    public void Check_BreaksARule_RefusedNamingIt(string qty, string price, string named)
    {
        var error = Spot.Check(Limit(decimal.Parse(qty, InvariantCulture), decimal.Parse(price, InvariantCulture)));

        error!.Kind.Should().Be(ErrorKind.FilterFailure);
        error.Code.Should().Be(PreTradeRules.RefusedCode);
        error.Message.Should().StartWith("not sent: ").And.Contain(named);
    }

    [Fact]
    public void Check_ReduceOnlyBelowMinNotional_PassesSoAFlattenCanEnd()
    {
        Spot.Check(Limit(0.00001m, 59_000m, reduceOnly: true, side: OrderSide.Sell)).Should().BeNull();
        Spot.Check(Limit(0.000015m, 59_000m, reduceOnly: true, side: OrderSide.Sell))!.Message.Should().Contain("LOT_SIZE", "reduce-only skips the notional minimum only");
    }

    [Theory]
    [InlineData("0.12345", null)]
    [InlineData("97.92836", null)]
    [InlineData("97.92837", "MARKET_LOT_SIZE")]   // above the market cap, though within LOT_SIZE's 9,000
    [InlineData("0.000011", "MARKET_LOT_SIZE")]   // off the step (MARKET_LOT_SIZE step "0" falls back to LOT_SIZE's)
    public void Check_MarketOrder_UsesTheMarketLimits(string qty, string? named)
    {
        var error = Spot.Check(Market(decimal.Parse(qty, InvariantCulture)));

        if (named is null)
        {
            error.Should().BeNull();
        }
        else
        {
            error!.Message.Should().Contain(named);
        }
    }

    [Fact]
    public void Check_MarketOrderOwnStep_WinsOverTheLimitStep()
    {
        var rules = Spot with { MarketStepSize = 0.001m, MarketMinQuantity = 0.002m };

        rules.Check(Market(0.0025m))!.Message.Should().Contain("step 0.001");
        rules.Check(Market(0.001m))!.Message.Should().Contain("min 0.002");
        rules.Check(Market(0.003m)).Should().BeNull();
    }

    [Theory]
    [InlineData("HALT")]
    [InlineData("BREAK")]
    public void Check_SymbolNotTrading_RefusesEverything(string status)
    {
        var halted = Spot with { Status = status, IsTrading = false };

        halted.Check(Limit(0.001m, 59_000m))!.Message.Should().Contain(status).And.Contain("not trading");
        halted.Check(Market(0.001m)).Should().NotBeNull();
    }

    [Fact]
    public void Check_OtherSymbol_Refused() =>
        Spot.Check(new OrderRequest(new Symbol("ETH", "USDT"), "g1-0-b1", OrderSide.Buy, OrderType.Limit, 0.01m, 2_000m))!
            .Message.Should().Contain("ETHUSDT");
}
