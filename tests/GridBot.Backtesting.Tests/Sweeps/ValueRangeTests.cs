using GridBot.Backtesting.Sweeps;

namespace GridBot.Backtesting.Tests.Sweeps;

public class ValueRangeTests
{
    [Theory]
    [InlineData("20000:22000:500", new[] { 20000.0, 20500, 21000, 21500, 22000 })]
    [InlineData("10:12", new[] { 10.0, 11, 12 })]
    [InlineData("41", new[] { 41.0 })]
    [InlineData("1:2:0.4", new[] { 1.0, 1.4, 1.8 })]
    public void Parse_Forms_ExpandInclusive(string text, double[] expected) =>
        ValueRange.Parse(text, "--lower").Value.Values().Should().Equal(expected.Select(d => (decimal)d));

    [Theory]
    [InlineData("a:b", "not a number")]
    [InlineData("5:1:1", "FROM ≤ TO")]
    [InlineData("1:5:0", "STEP > 0")]
    [InlineData("1:2:3:4", "FROM:TO:STEP")]
    [InlineData("0:1000000:1", "more than")]
    public void Parse_Bad_NamesOptionAndProblem(string text, string problem)
    {
        var result = ValueRange.Parse(text, "--upper");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().StartWith("--upper").And.Contain(problem);
    }
}
