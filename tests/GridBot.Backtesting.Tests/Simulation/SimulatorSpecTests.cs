using System.Text.Json;
using GridBot.Backtesting.Simulation;

namespace GridBot.Backtesting.Tests.Simulation;

public class SimulatorSpecTests
{
    [Fact]
    public void TryParse_SeedOnly_TakesDefaults()
    {
        SimulatorSpec.TryParse("sim:42", out var options).Should().BeTrue();

        options.Seed.Should().Be(42);
        options.Bars.Should().Be(43_200);
        options.Start.Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        options.StartPrice.Should().Be(25_000m);
        options.TickSize.Should().Be(0.01m);
        options.VolatilityScale.Should().Be(1.0);
    }

    [Theory]
    [InlineData("sim:42:1000", 42, 1000)]
    [InlineData("SIM:7", 7, 43_200)]
    [InlineData("sim:-3:10", -3, 10)]
    [InlineData("sim:0:525600", 0, 525_600)]
    public void TryParse_WellFormed_ReadsSeedAndBars(string text, int seed, int bars)
    {
        SimulatorSpec.TryParse(text, out var options).Should().BeTrue();

        options.Seed.Should().Be(seed);
        options.Bars.Should().Be(bars);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("data/BTCUSDT_1m.csv")]
    [InlineData("sim:")]
    [InlineData("sim:abc")]
    [InlineData("sim: 1")]
    [InlineData("sim:1:")]
    [InlineData("sim:1:0")]
    [InlineData("sim:1:-5")]
    [InlineData("sim:1:2:3")]
    [InlineData("sim:99999999999")]
    public void TryParse_Malformed_ReturnsFalse(string? text)
    {
        SimulatorSpec.TryParse(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("sim:abc", true)]
    [InlineData("Sim:1", true)]
    [InlineData("simulation.csv", false)]
    [InlineData(null, false)]
    public void IsSpec_Text_TellsSpecFromPath(string? text, bool expected)
    {
        SimulatorSpec.IsSpec(text).Should().Be(expected);
    }

    [Fact]
    public void Format_ThenTryParse_RoundTrips()
    {
        var text = SimulatorSpec.Format(-17, 1440);

        text.Should().Be("sim:-17:1440");
        SimulatorSpec.TryParse(text, out var options).Should().BeTrue();
        options.Should().Be(SimulatorOptions.Default(-17, 1440));
    }

    [Fact]
    public void SimulatorOptions_JsonRoundTrip_Equal()
    {
        var options = new SimulatorOptions(5, new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), 100, 20_000.5m, 0.1m, 1.5, 2.0);

        var back = JsonSerializer.Deserialize<SimulatorOptions>(JsonSerializer.Serialize(options));

        back.Should().Be(options);
    }
}
