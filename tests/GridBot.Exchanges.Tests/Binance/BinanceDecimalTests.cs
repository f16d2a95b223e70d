using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceDecimalTests
{
    [Theory]
    [InlineData("0.01000000", "0.01")]
    [InlineData("0.00001000", "0.00001")]
    [InlineData("1000000.00000000", "1000000")]
    [InlineData("9000", "9000")]
    [InlineData("100.0", "100")]
    [InlineData("0.00000000", "0")]
    [InlineData("97.92836420", "97.9283642")]
    [InlineData("-1.06214947", "-1.06214947")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Format_ParsedWireValue_PlainWithoutTrailingZeros(string wire, string expected)
    {
        BinanceDecimal.TryParse(wire, out var value).Should().BeTrue();

        BinanceDecimal.Format(value).Should().Be(expected);
        BinanceDecimal.Normalise(value).Should().Be(value);
    }

    [Theory]
    [InlineData("1e-2")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("NaN")]
    public void TryParse_NonPlainText_Refused(string? text)
    {
        BinanceDecimal.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_AnyDecimal_MatchesBinanceNumberPattern()
    {
        Prop.ForAll<decimal>(d =>
        {
            var text = BinanceDecimal.Format(Math.Abs(d));
            return System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]+(\.[0-9]*[1-9])?$")
                && decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == Math.Abs(d);
        }).QuickCheckThrowOnFailure();
    }
}
