using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceSignerTests
{
    private const string SpotSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private const string SpotApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string FuturesSecret = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
    private const string OptionsSecret = "YtP1BudNOWZE1ag5uzCkh4hIC7qSmQOu797r5EJBFGhxBYivjj8HIX0iiiPof5yG";

    [Theory]
    [InlineData("B-HMAC-1", SpotSecret,
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
        "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71")]
    [InlineData("B-HMAC-2", SpotSecret,
        "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
        "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77")]
    [InlineData("B-HMAC-3", SpotSecret,
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
        "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3")]
    [InlineData("F-HMAC-1", FuturesSecret,
        "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000&timestamp=1591702613943",
        "3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9")]
    [InlineData("F-HMAC-1 table order (local)", FuturesSecret,
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943",
        "ec11dcc17e67e47f0d3c3f513dfe9062307e37619c5c82ebaa8fe0bdf3d59519")]
    [InlineData("F-HMAC-3-bug (space after timestamp=)", FuturesSecret,
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp= 1591702613943",
        "f9d0ae5e813ef6ccf15c2b5a434047a0181cb5a342b903b367ca6d27a66e36f2")]
    [InlineData("F-HMAC-3 corrected (local)", FuturesSecret,
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=9000&recvWindow=5000&timestamp=1591702613943",
        "30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4")]
    [InlineData("O-HMAC-1", OptionsSecret,
        "symbol=BTC-210129-40000-C&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=2000&recvWindow=5000&timestamp=1611825601400",
        "7c12045972f6140e765e0f2b67d28099718df805732676494238f50be830a7d7")]
    [InlineData("O-HMAC-2", OptionsSecret,
        "symbol=BTC-210129-40000-C&side=BUY&type=LIMIT&timeInForce=GTCquantity=0.01&price=2000&recvWindow=5000&timestamp=1611825601400",
        "fa6045c54fb02912b766442be1f66fab619217e551a4fb4f8a1ee000df914d8e")]
    public void Sign_PublishedVector_MatchesSignature(string vector, string secret, string payload, string expected)
    {
        new BinanceSigner(secret).Sign(payload).Should().Be(expected, vector);
    }

    [Fact]
    public void Sign_QueryAndBody_ConcatenatesWithoutAmpersand()
    {
        var signer = new BinanceSigner(SpotSecret);

        signer.Sign("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC", "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559")
            .Should().Be("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77");
    }

    [Fact]
    public void SignedQuery_OfficialSpotExample_AppendsRecvWindowTimestampAndSignature()
    {
        var query = new BinanceSigner(SpotSecret).SignedQuery(LtcBtc("LTCBTC"), 1499827319559, 5000);

        query.Should().Be("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559" +
            "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    }

    [Fact]
    public void SignedQuery_NonAsciiSymbol_PercentEncodesUtf8BeforeSigning()
    {
        var query = new BinanceSigner(SpotSecret).SignedQuery(LtcBtc("１２３４５６"), 1499827319559);

        query.Should().StartWith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY")
            .And.EndWith("&signature=e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("x/y+z=", "x%2Fy%2Bz%3D")]
    [InlineData("grid-1_A.b~", "grid-1_A.b~")]
    public void Encode_ReservedCharacters_PercentEncodedPerRfc3986(string value, string expected)
    {
        BinanceSigner.Encode([new("k", value)]).Should().Be("k=" + expected);
    }

    [Fact]
    public void SignedQuery_RecvWindowAbove60000_Throws()
    {
        var act = () => new BinanceSigner(SpotSecret).SignedQuery(LtcBtc("LTCBTC"), 1, 60_001);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void WebSocketPayload_UnsortedParams_SortedByNameWithoutSignature()
    {
        KeyValuePair<string, string>[] ps =
        [
            new("timestamp", "1649729878532"), new("signature", "ignored"), new("recvWindow", "5000"), new("apiKey", SpotApiKey),
        ];

        BinanceSigner.WebSocketPayload(ps).Should().Be($"apiKey={SpotApiKey}&recvWindow=5000&timestamp=1649729878532");
        new BinanceSigner(SpotSecret).SignWebSocket(ps)
            .Should().Be("3de3765640097ae620330c2f18594f62698463df18f435c5bd456f2b30ce2f91"); // openssl dgst -sha256 -hmac
    }

    [Fact]
    public void ToString_NeverShowsSecret()
    {
        new BinanceSigner(SpotSecret).ToString().Should().NotContain(SpotSecret[..6]);
    }

    private static KeyValuePair<string, string>[] LtcBtc(string symbol) =>
    [
        new("symbol", symbol), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"), new("quantity", "1"), new("price", "0.1"),
    ];
}
