using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Through the real clients: a spot buy's fee is reported in the asset the venue took it from (the base asset on Bybit
/// spot and on Binance without BNB, which credit the quantity less the fee), and the balances read agree.
/// </summary>
public sealed class SpotBuyFeeTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData(Venue.Binance, true)]
    [InlineData(Venue.Binance, false)]
    [InlineData(Venue.Bybit, true)]
    [InlineData(Venue.Bybit, false)]
    public async Task SpotBuyFilled_FeeAssetAndBalancesAsTheVenueCharged(Venue which, bool feeInBase)
    {
        var settings = new FakeMarketSettings(0.001m, 0.001m, DuplicatesAcrossAllOrders: which == Venue.Bybit, PostOnlyCrossRejects: which == Venue.Binance) { BuyFeeInBase = feeInBase };
        await using FakeVenueHost venue = which == Venue.Binance
            ? await FakeBinance.StartAsync(new FakeBinanceOptions { SpotSettings = settings })
            : await FakeBybit.StartAsync(new FakeBybitOptions { SpotSettings = settings });
        var (client, market) = venue is FakeBinance b ? (BinanceClient(b, MarketType.Spot, _http), b.Spot) : (BybitClient((FakeBybit)venue, MarketType.Spot, _http), ((FakeBybit)venue).Spot);
        var btcBefore = await FreeAsync(client, "BTC");
        var sinceMs = venue.NowMs;
        (await client.PlaceOrderAsync(new OrderRequest(Btc, "fee-1-b1", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m), default)).IsSuccess.Should().BeTrue();
        market.Trade(59_000m);

        var fill = (await client.GetFillsSinceAsync(Btc, sinceMs, default)).Value.Should().ContainSingle().Subject;
        var btcAfter = await FreeAsync(client, "BTC");

        fill.Fee.Should().Be(feeInBase ? new CashAmount(0.000002m, "BTC") : new CashAmount(0.118m, "USDT"));
        btcAfter.Should().Be(btcBefore + 0.002m - (feeInBase ? 0.000002m : 0m), "the balance credited is the quantity less a fee taken in base");
    }

    private static async Task<decimal> FreeAsync(IExchange client, string asset)
    {
        var balances = await client.GetBalancesAsync(default);
        balances.IsSuccess.Should().BeTrue(balances.Error?.ToString());
        return balances.Value.Single(b => b.Asset == asset).Free;
    }
}
