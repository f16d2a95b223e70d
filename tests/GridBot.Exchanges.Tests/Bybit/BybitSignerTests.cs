using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitSignerTests
{
    private static readonly BybitSigner Signer = new(new ApiCredentials("XXXXXXXXXX", "secret"));

    [Fact]
    public void Sign_GetQuery_MatchesOpensslVector()
    {
        // printf '%s' "1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C" | openssl dgst -sha256 -hmac "secret"
        var headers = Signer.Sign(1658384314791, "category=option&symbol=BTC-29JUL22-25000-C");

        headers.Signature.Should().Be("02e9182e346177050f199ce1e0703d738589e3763805ed71590ced65539a73a7");
        headers.Timestamp.Should().Be("1658384314791");
        headers.RecvWindow.Should().Be("5000");
        headers.ApiKey.Should().Be("XXXXXXXXXX");
    }

    [Fact]
    public void Sign_PostOrderBody_MatchesOpensslVector()
    {
        var body = BybitOrderBody.For(
            new OrderRequest(new Symbol("BTC", "USDT"), "grid-1-b-0001", OrderSide.Buy, OrderType.Limit, 0.0010m, 25000.50m),
            MarketType.Spot);

        // printf '%s' '1658385579423XXXXXXXXXX5000{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.001","price":"25000.5","timeInForce":"GTC","orderLinkId":"grid-1-b-0001"}' | openssl dgst -sha256 -hmac "secret"
        body.Should().Be("""{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.001","price":"25000.5","timeInForce":"GTC","orderLinkId":"grid-1-b-0001"}""");
        Signer.Sign(1658385579423, body).Signature.Should().Be("6fbaafa5a6ffa1bdc09ed1ea035c582e7a44b4898ff395437e633bdb59790077");
    }

    [Fact]
    public void Sign_DocsPostExampleWithSpaces_SignsTheExactBytes()
    {
        // printf '%s' '1658385579423XXXXXXXXXX5000{"category": "option"}' | openssl dgst -sha256 -hmac "secret"
        Signer.Sign(1658385579423, """{"category": "option"}""").Signature
            .Should().Be("70b71239a836609988272df61d14ad05594dc2f475787edd2af7726a416933c5");
        Signer.Sign(1658385579423, """{"category":"option"}""").Signature
            .Should().NotBe("70b71239a836609988272df61d14ad05594dc2f475787edd2af7726a416933c5");
    }

    [Fact]
    public void WsSignature_Expires_MatchesOpensslVector()
    {
        // printf '%s' "GET/realtime1662350400000" | openssl dgst -sha256 -hmac "secret"
        Signer.WsSignature(1662350400000).Should().Be("d7ca36fea9ef1287007fd4b15af961e91d419a3d3f3ccbdf23585170ac116cd4");
    }

    [Fact]
    public void WsAuthMessage_Expires_IsOpAuthWithKeyExpiresAndSignature()
    {
        Signer.WsAuthMessage(1662350400000).Should().Be(
            """{"op":"auth","args":["XXXXXXXXXX",1662350400000,"d7ca36fea9ef1287007fd4b15af961e91d419a3d3f3ccbdf23585170ac116cd4"]}""");
    }

    [Fact]
    public void HmacHex_SameInputAsSign_SameLowercaseHex()
    {
        var hex = BybitSigner.HmacHex("secret", "1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C");

        hex.Should().Be("02e9182e346177050f199ce1e0703d738589e3763805ed71590ced65539a73a7");
        hex.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Sign_CustomRecvWindow_IsSignedAndSent()
    {
        var signer = new BybitSigner(new ApiCredentials("XXXXXXXXXX", "secret"), recvWindowMs: 10000);

        var headers = signer.Sign(1658384314791, "category=spot");

        headers.RecvWindow.Should().Be("10000");
        headers.Signature.Should().Be(BybitSigner.HmacHex("secret", "1658384314791XXXXXXXXXX10000category=spot"));
    }

    [Fact]
    public void Sign_EmptyPayload_SignsPrefixOnly()
    {
        Signer.Sign(1, string.Empty).Signature.Should().Be(BybitSigner.HmacHex("secret", "1XXXXXXXXXX5000"));
    }

    [Fact]
    public void Constructor_NonPositiveRecvWindow_Throws()
    {
        var act = () => new BybitSigner(new ApiCredentials("k", "s"), recvWindowMs: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToHeaders_SignedRequest_HasTheFourBybitHeaders()
    {
        var headers = Signer.Sign(1658384314791, "category=option&symbol=BTC-29JUL22-25000-C").ToHeaders();

        headers.Should().Equal(
            new KeyValuePair<string, string>("X-BAPI-API-KEY", "XXXXXXXXXX"),
            new KeyValuePair<string, string>("X-BAPI-TIMESTAMP", "1658384314791"),
            new KeyValuePair<string, string>("X-BAPI-SIGN", "02e9182e346177050f199ce1e0703d738589e3763805ed71590ced65539a73a7"),
            new KeyValuePair<string, string>("X-BAPI-RECV-WINDOW", "5000"));
    }

    [Fact]
    public void ToString_AuthHeaders_HidesMostOfTheKey()
    {
        var text = new BybitSigner(new ApiCredentials("ABCDEFGHIJ", "secret")).Sign(1, "x").ToString();

        text.Should().Contain("ABCD").And.NotContain("ABCDE");
    }
}
