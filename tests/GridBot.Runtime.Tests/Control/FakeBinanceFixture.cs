using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// One fake Binance per test class, on the system clock (the clients sign with real time). Spot BTCUSDT at 60 000 and a
/// spot account of 10 000 USDT + 1 BTC, so a live bot's account equity is 70 000 USDT.
/// </summary>
public class FakeBinanceFixture : IAsyncLifetime
{
    public FakeBinance Venue { get; private set; } = null!;

    /// <summary>The spot account's equity as the control service reads it: quote balance plus base balance at the last price.</summary>
    public decimal SpotEquity
    {
        get
        {
            var spot = Venue.Spot;
            decimal Total(string asset) => spot.Free(asset) + spot.LockedBalance(asset);
            return Total(spot.QuoteAsset) + (Total(spot.BaseAsset) * spot.LastPrice);
        }
    }

    /// <summary>The futures wallet (the perp account's equity in USDT).</summary>
    public decimal FuturesEquity => Venue.Futures.Free(Venue.Futures.QuoteAsset) + Venue.Futures.LockedBalance(Venue.Futures.QuoteAsset);

    public async Task InitializeAsync()
    {
        Venue = await FakeBinance.StartAsync(Options());
        Prepare(Venue);
    }

    public async Task DisposeAsync() => await Venue.DisposeAsync();

    protected virtual FakeBinanceOptions Options() => new() { Clock = TimeProvider.System };

    protected virtual void Prepare(FakeBinance venue)
    {
    }
}
