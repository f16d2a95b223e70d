using GridBot.Core.Market;
using GridBot.Exchanges.Streaming;

namespace GridBot.Exchanges.Tests.Streaming;

public sealed class VenueStreamsTests
{
    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot, "https://api.binance.com", "wss://ws-api.binance.com/ws-api/v3")]
    [InlineData(Venue.Binance, MarketType.Spot, "https://testnet.binance.vision", "wss://ws-api.testnet.binance.vision/ws-api/v3")]
    [InlineData(Venue.Binance, MarketType.Perp, "https://fapi.binance.com", "wss://fstream.binance.com/private")]
    [InlineData(Venue.Binance, MarketType.Perp, "https://testnet.binancefuture.com", "wss://fstream.binancefuture.com/")]
    [InlineData(Venue.Bybit, MarketType.Spot, "https://api.bybit.com", "wss://stream.bybit.com/v5/private")]
    [InlineData(Venue.Bybit, MarketType.Perp, "https://api-testnet.bybit.com", "wss://stream-testnet.bybit.com/v5/private")]
    [InlineData(Venue.Binance, MarketType.Spot, "http://127.0.0.1:5123/", "ws://127.0.0.1:5123/ws-api/v3")]
    [InlineData(Venue.Binance, MarketType.Perp, "http://127.0.0.1:5123/", "ws://127.0.0.1:5123/")]
    [InlineData(Venue.Bybit, MarketType.Perp, "https://sim.example:8443/api/", "wss://sim.example:8443/v5/private")]
    public void UserStreamUrl_KnownHostsAndLocalSimulators(Venue venue, MarketType market, string rest, string expected) =>
        VenueStreams.UserStreamUrl(venue, market, new Uri(rest)).Should().Be(new Uri(expected));

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot, "https://api.binance.com", "wss://stream.binance.com:9443/")]
    [InlineData(Venue.Binance, MarketType.Perp, "https://fapi.binance.com", "wss://fstream.binance.com/public")]
    [InlineData(Venue.Bybit, MarketType.Spot, "https://api.bybit.com", "wss://stream.bybit.com/v5/public/spot")]
    [InlineData(Venue.Bybit, MarketType.Perp, "https://api.bybit.com", "wss://stream.bybit.com/v5/public/linear")]
    [InlineData(Venue.Bybit, MarketType.Spot, "http://127.0.0.1:5123/", "ws://127.0.0.1:5123/v5/public/spot")]
    public void MarketStreamUrl_KnownHostsAndLocalSimulators(Venue venue, MarketType market, string rest, string expected) =>
        VenueStreams.MarketStreamUrl(venue, market, new Uri(rest)).Should().Be(new Uri(expected));
}
