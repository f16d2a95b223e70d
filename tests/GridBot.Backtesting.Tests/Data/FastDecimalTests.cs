using System.Globalization;
using GridBot.Backtesting.Data;

namespace GridBot.Backtesting.Tests.Data;

public sealed class FastDecimalTests
{
    [Theory]
    [InlineData("23143.82")]
    [InlineData("0.0")]
    [InlineData("0")]
    [InlineData("70.415925")]
    [InlineData("110000.0")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("999999999999999999")]
    [InlineData("0.000000000000000001")]
    [InlineData("12345678901234567890.5")]
    [InlineData("1e-05")]
    [InlineData("-1.5")]
    [InlineData("+2")]
    public void TryParse_SameValueAndScaleAsDecimalParse(string text)
    {
        var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        FastDecimal.TryParse(text, out var value).Should().BeTrue();

        value.Should().Be(expected);
        value.Scale.Should().Be(expected.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    [InlineData("1,5")]
    public void TryParse_NotANumber_ReturnsFalse(string text) =>
        FastDecimal.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void TryParse_AnyPlainNumber_MatchesDecimalParse() =>
        FsCheck.Fluent.Prop.ForAll<ulong, byte>((mantissa, point) =>
        {
            var digits = mantissa.ToString(CultureInfo.InvariantCulture);
            var text = digits.Insert(point % (digits.Length + 1), ".");
            var expected = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return FastDecimal.TryParse(text, out var value) && value == expected && value.Scale == expected.Scale;
        }).QuickCheckThrowOnFailure();
}
