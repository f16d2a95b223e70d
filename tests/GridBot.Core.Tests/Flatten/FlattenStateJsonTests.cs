using System.Text.Json;
using GridBot.Core.Flatten;
using static GridBot.Core.Tests.Flatten.FlattenTestData;

namespace GridBot.Core.Tests.Flatten;

public class FlattenStateJsonTests
{
    [Fact]
    public void Serialize_ActiveState_RoundTripsWithDefaultOptions()
    {
        var state = FlattenPlanner.NextSlice(Start(-0.0123456m, new FlattenConfig { TwapSlices = 3 }), TightBook, T0).State;
        state = FlattenPlanner.NextSlice(state, TightBook, At(1)).State;
        state = FlattenPlanner.ApplyFill(state, 0.002m, 49_960m, 0.1m).Value;

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<FlattenState>(json);

        back.Should().Be(state);
        json.Should().Contain("\"RequiresManualResume\":true");
    }

    [Fact]
    public void Serialize_Result_RoundTripsWithDefaultOptions()
    {
        var result = FlattenResult.From(FillNext(Start(0.001m), 49_950m, T0).State);

        JsonSerializer.Deserialize<FlattenResult>(JsonSerializer.Serialize(result)).Should().Be(result);
    }
}
