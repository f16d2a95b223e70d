using GridBot.Core.Market;

namespace GridBot.Core.Tests.Market;

public class BarTests
{
    [Fact]
    public void Problem_ConsistentBar_ReturnsNull() =>
        new Bar(1_677_628_800_000, 100m, 110m, 95m, 105m, 3m).Problem().Should().BeNull();

    [Theory]
    [InlineData(100, 90, 95, 95, "high 90 < low 95")]
    [InlineData(100, 110, 95, 120, "outside")]
    [InlineData(0, 110, 95, 100, "> 0")]
    public void Problem_ImpossibleBar_NamesIt(double open, double high, double low, double close, string expected) =>
        new Bar(0, (decimal)open, (decimal)high, (decimal)low, (decimal)close, 1m).Problem().Should().Contain(expected);

    [Fact]
    public void OpenTime_FromMilliseconds_IsUtc() =>
        new Bar(1_677_628_800_000, 1m, 1m, 1m, 1m, 0m).OpenTime.Should().Be(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero));
}
