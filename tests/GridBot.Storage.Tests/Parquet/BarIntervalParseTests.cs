using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>The interval names the bar layout uses as folder names.</summary>
public sealed class BarIntervalParseTests
{
    [Theory]
    [InlineData("1m", 60_000L)]
    [InlineData(" 15m ", 900_000L)]
    [InlineData("4h", 14_400_000L)]
    [InlineData("1d", 86_400_000L)]
    [InlineData("1w", 604_800_000L)]
    public void BarIntervalParse_VenueName_FixedLength(string text, long milliseconds)
    {
        var interval = BarInterval.Parse(text);

        interval.Value.Milliseconds.Should().Be(milliseconds);
        interval.Value.Name.Should().Be(text.Trim());
    }

    [Theory]
    [InlineData("1M")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("-1m")]
    [InlineData("")]
    [InlineData(null)]
    public void BarIntervalParse_NoFixedLength_IsError(string? text) =>
        BarInterval.Parse(text).IsSuccess.Should().BeFalse();
}
