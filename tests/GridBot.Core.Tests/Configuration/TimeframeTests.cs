using GridBot.Core.Configuration;

namespace GridBot.Core.Tests.Configuration;

public class TimeframeTests
{
    [Theory]
    [InlineData("1m", 1)]
    [InlineData("3m", 3)]
    [InlineData("5m", 5)]
    [InlineData("15m", 15)]
    [InlineData("30m", 30)]
    [InlineData("1h", 60)]
    [InlineData("2h", 120)]
    [InlineData("4h", 240)]
    [InlineData("6h", 360)]
    [InlineData("8h", 480)]
    [InlineData("12h", 720)]
    [InlineData("1d", 1440)]
    public void Parse_AllowedText_MinutesAndBackToText(string text, int minutes)
    {
        var timeframe = Timeframe.Parse(text).Value;

        timeframe.Minutes.Should().Be(minutes);
        timeframe.Duration.Should().Be(TimeSpan.FromMinutes(minutes));
        timeframe.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("45m")]
    [InlineData("60m")]
    [InlineData("1w")]
    [InlineData("1M")] // a month on Binance, not a minute
    [InlineData("15M")]
    [InlineData(" 15m")]
    [InlineData("-5m")]
    public void Parse_OtherText_Fails(string? text)
    {
        Timeframe.Parse(text).IsSuccess.Should().BeFalse();
        Timeframe.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void All_TwelveShortestFirst()
    {
        Timeframe.All.Should().HaveCount(12).And.BeInAscendingOrder();
        Timeframe.All[3].Should().Be(Timeframe.FifteenMinutes);
    }

    [Fact]
    public void Compare_FiveMinutesBelowFifteen()
    {
        (Timeframe.FiveMinutes < Timeframe.FifteenMinutes).Should().BeTrue();
        (Timeframe.OneHour >= Timeframe.FifteenMinutes).Should().BeTrue();
        Timeframe.Parse("1h").Value.Should().Be(Timeframe.OneHour);
    }
}
