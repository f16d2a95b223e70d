using GridBot.Backtesting.Data;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarTimeTests
{
    private const long March1 = 1_677_628_800_000; // 2023-03-01 00:00:00 UTC

    [Theory]
    [InlineData("2023-03-01 00:00:00+00:00", March1)]
    [InlineData("2023-03-01 00:00:00", March1)]
    [InlineData("2023-03-01T00:00:00Z", March1)]
    [InlineData("2023-03-01t00:00:00z", March1)]
    [InlineData("2023-03-01", March1)]
    [InlineData("2023-03-01 00:00", March1)]
    [InlineData("2023-03-01T05:30:00+05:30", March1)]
    [InlineData("2023-02-28T19:00:00-0500", March1)]
    [InlineData("2023-03-01T01:00:00+01", March1)]
    [InlineData("2023-03-01 00:00:00.250", March1 + 250)]
    [InlineData("2023-03-01T00:00:00.1234567Z", March1 + 123)]
    [InlineData("2023-03-01 00:00:00.5", March1 + 500)]
    [InlineData("2017-08-17 04:00:00", 1_502_942_400_000)]
    [InlineData("2024-02-29 23:59:59", 1_709_251_199_000)]
    [InlineData("1969-12-31 23:59:00", -60_000)]
    [InlineData("1677628800000", March1)]
    [InlineData("100000000000000", 100_000_000_000_000)] // exactly 10^14 is still ms
    [InlineData("100000000000001", 100_000_000_000)] // above 10^14 is µs
    [InlineData("1735689600000000", 1_735_689_600_000)]
    [InlineData("0", 0)]
    public void TryParse_AcceptedForms_ReturnsUtcMs(string text, long expected)
    {
        BarTime.TryParse(text, out var ms).Should().BeTrue();
        ms.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-13-01 00:00:00")]
    [InlineData("2023-02-29 00:00:00")]
    [InlineData("2023-03-01 24:00:00")]
    [InlineData("2023-03-01 00:60:00")]
    [InlineData("2023-03-01 00:00:60")]
    [InlineData("2023-03-01 00:00:00.")]
    [InlineData("2023-03-01 00:00:00+25:00")]
    [InlineData("2023-03-01 00:00:00 UTC")]
    [InlineData("2023/03/01 00:00:00")]
    [InlineData("01-03-2023")]
    [InlineData("-1677628800000")]
    [InlineData("1677628800000.5")]
    [InlineData("1234567890123456789")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("abc")]
    public void TryParse_Malformed_ReturnsFalse(string text) =>
        BarTime.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData(March1, "2023-03-01 00:00:00 UTC")]
    [InlineData(March1 + 250, "2023-03-01 00:00:00.250 UTC")]
    public void Format_WholeAndFractionalSeconds_ReadsAsUtc(long ms, string expected) =>
        BarTime.Format(ms).Should().Be(expected);
}
