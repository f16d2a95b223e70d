using GridBot.Core.Errors;
using GridBot.Core.Risk;

namespace GridBot.Core.Tests.Risk;

public class PositionSizingTests
{
    [Theory]
    [InlineData(10_000, 0.01, 0.02, 1, 5_000)]
    [InlineData(10_000, 0.01, 0.02, 100, 50)]     // 50 contracts of 100 quote each
    [InlineData(2_500, 0.02, 0.05, 1, 1_000)]
    [InlineData(0, 0.01, 0.02, 1, 0)]
    public void Size_ValidInputs_RiskOverStopDistance(decimal balance, decimal risk, decimal stop, decimal contract, decimal expected)
    {
        PositionSizing.Size(balance, risk, stop, contract).Value.Should().Be(expected);
    }

    [Fact]
    public void Size_DefaultContractValue_IsOne()
    {
        PositionSizing.Size(10_000m, 0.01m, 0.02m).Value.Should().Be(5_000m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public void Size_NonPositiveStop_Rejected(decimal stop)
    {
        var result = PositionSizing.Size(10_000m, 0.01m, stop);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(PositionSizing.NonPositiveStopCode);
        result.Error.Kind.Should().Be(ErrorKind.Other);
    }

    [Theory]
    [InlineData(-1, 0.01, 1)]
    [InlineData(10_000, 1.5, 1)]
    [InlineData(10_000, 0.01, 0)]
    public void Size_InvalidArguments_AreBugs(decimal balance, decimal risk, decimal contract)
    {
        var act = () => PositionSizing.Size(balance, risk, 0.02m, contract);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
