using GridBot.Core.Market;

namespace GridBot.Core.Tests.Market;

public class SymbolTests
{
    [Theory]
    [InlineData("BTCUSDT", "BTC", "USDT")]
    [InlineData("BTC/USDT", "BTC", "USDT")]
    [InlineData("btc-usdt", "BTC", "USDT")]
    [InlineData(" eth_btc ", "ETH", "BTC")]
    [InlineData("ETHUSDC", "ETH", "USDC")]
    [InlineData("SOLFDUSD", "SOL", "FDUSD")]
    public void Parse_AcceptedForms_ReturnsCanonical(string text, string baseAsset, string quote)
    {
        var result = Symbol.Parse(text);

        result.IsSuccess.Should().BeTrue();
        result.Value.BaseAsset.Should().Be(baseAsset);
        result.Value.QuoteAsset.Should().Be(quote);
        result.Value.Name.Should().Be(baseAsset + quote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("USDT")]
    [InlineData("BTC/")]
    [InlineData("BTC USDT")]
    [InlineData("FOOBAR")]
    public void Parse_Garbage_ReturnsError(string text)
    {
        var result = Symbol.Parse(text);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Contain("not a symbol");
    }

    [Fact]
    public void Equality_SameAssets_AreEqual() =>
        new Symbol("btc", "usdt").Should().Be(Symbol.Parse("BTC/USDT").Value);
}
