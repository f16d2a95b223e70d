using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// Spot buys pay their fee in the base asset by default (Bybit spot, Binance without BNB): the balance is credited the
/// quantity less the fee and the fill names the base asset; with <see cref="FakeMarketSettings.BuyFeeInBase"/> off the
/// fee comes from the quote asset.
/// </summary>
public sealed class FakeSpotFeeTests
{
    [Fact]
    public async Task SpotBuy_Default_FeeInBaseAndBaseCreditedLessFee()
    {
        await using var venue = await FakeBybit.StartAsync();
        var market = venue.Spot;
        var (btc, usdt) = (market.Free("BTC"), market.Free("USDT"));

        var fill = Buy(market);

        fill.CommissionAsset.Should().Be("BTC");
        fill.Commission.Should().Be(0.002m * 0.001m);
        market.Free("BTC").Should().Be(btc + 0.002m - fill.Commission);
        market.Free("USDT").Should().Be(usdt - (0.002m * 59_000m));
    }

    [Fact]
    public async Task SpotBuy_FeeInQuote_BaseCreditedWholeAndQuoteCharged()
    {
        var settings = new FakeMarketSettings(0.001m, 0.001m, DuplicatesAcrossAllOrders: false, PostOnlyCrossRejects: true) { BuyFeeInBase = false };
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { SpotSettings = settings });
        var market = venue.Spot;
        var (btc, usdt) = (market.Free("BTC"), market.Free("USDT"));

        var fill = Buy(market);

        fill.CommissionAsset.Should().Be("USDT");
        fill.Commission.Should().Be(0.002m * 59_000m * 0.001m);
        market.Free("BTC").Should().Be(btc + 0.002m);
        market.Free("USDT").Should().Be(usdt - (0.002m * 59_000m) - fill.Commission);
    }

    private static FakeFill Buy(FakeMarket market)
    {
        var (order, rejection) = market.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.002m, 59_000m, "fee-1"));
        order.Should().NotBeNull(rejection.ToString());
        return market.Trade(59_000m).Should().ContainSingle().Subject;
    }
}
