using System.Globalization;
using System.Text.Json;
using GridBot.Core.Configuration;
using GridBot.Core.Market;
using Microsoft.Extensions.Configuration;

namespace GridBot.Core.Tests.Configuration;

public class GridBotOptionsBindingTests
{
    [Fact]
    public void Bind_InMemoryKeys_SetTheOptions()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["GridBot:Environment"] = "Production",
            ["GridBot:RolloutStage"] = "3",
            ["GridBot:ExchangeProfile"] = "SpotAndPerp",
            ["GridBot:ForexEnabled"] = "true",
            ["GridBot:LiveLoopInterval"] = "00:00:30",
            ["GridBot:Timeframes:Primary"] = "1h",
            ["GridBot:Exposure:PerPairFraction"] = "0.1",
            ["GridBot:Exploration:Dynamic"] = "false",
            ["GridBot:Fees:Bybit:Spot:Maker"] = "0.0007",
            ["GridBot:Fees:Binance:Perp:Taker"] = "0.00045",
            ["GridBot:CriticalErrorCodes:0"] = "-1002",
        });

        options.Environment.Should().Be(TradingEnvironment.Production);
        options.RolloutStage.Should().Be(3);
        options.MaxSizeFraction().Should().Be(0.05m);
        options.ExchangeProfile.Should().Be(ExchangeProfile.SpotAndPerp);
        options.ForexEnabled.Should().BeTrue();
        options.LiveLoopInterval.Should().Be(TimeSpan.FromSeconds(30));
        options.Timeframes.PrimaryTimeframe().Should().Be(Timeframe.OneHour);
        options.Timeframes.Confirm.Should().Be("5m");
        options.Exposure.PerPairFraction.Should().Be(0.1m);
        options.Exploration.Dynamic.Should().BeFalse();
        options.Fees.FeeFor(Venue.Bybit, MarketType.Spot).Maker.Should().Be(0.0007m);
        options.Fees.FeeFor(Venue.Bybit, MarketType.Spot).Taker.Should().Be(0.001m);
        options.Fees.FeeFor(Venue.Binance, MarketType.Perp).Taker.Should().Be(0.00045m);
        options.IsCritical(-1002).Should().BeTrue();
        options.IsCritical(-2015).Should().BeTrue("binding adds to the default codes");
        options.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Bind_FlattenedNonDefaultOptions_RoundTrips()
    {
        var original = new GridBotOptions
        {
            Environment = TradingEnvironment.Production,
            RolloutStage = 4,
            ExchangeProfile = ExchangeProfile.Perp,
            FxOptionsEnabled = true,
            LiveLoopInterval = TimeSpan.FromSeconds(5),
        };
        original.Timeframes.Primary = "4h";
        original.Timeframes.Confirm = "30m";
        original.Rollout.ScaleUpMaxFraction = 0.08m;
        original.Exposure.PortfolioFraction = 0.25m;
        original.Exploration.Target = 0.2m;
        original.Fees.Bybit.Perp.Maker = 0.0001m;
        original.Fees.Paper.Spot.Taker = 0m;
        original.CriticalErrorCodes.Add(10010);

        var bound = Bind(Flatten(original));

        bound.Should().BeEquivalentTo(original);
    }

    [Fact]
    public void Bind_BadStage_BindsAndValidateReportsIt()
    {
        var options = Bind(new Dictionary<string, string?> { ["GridBot:RolloutStage"] = "6" });

        options.Validate().Should().ContainSingle().Which.Key.Should().Be("GridBot:RolloutStage");
    }

    private static GridBotOptions Bind(IDictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new GridBotOptions();
        configuration.GetSection(GridBotOptions.SectionName).Bind(options);
        return options;
    }

    // Turns the options into configuration keys the way a settings file would hold them.
    private static Dictionary<string, string?> Flatten(GridBotOptions options)
    {
        var keys = new Dictionary<string, string?>();
        Walk(JsonSerializer.SerializeToElement(options), GridBotOptions.SectionName, keys);
        return keys;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string?> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}:{property.Name}", keys);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}:{index.ToString(CultureInfo.InvariantCulture)}", keys);
                    index++;
                }

                break;
            case JsonValueKind.String:
                keys[path] = element.GetString();
                break;
            default:
                keys[path] = element.GetRawText();
                break;
        }
    }
}
