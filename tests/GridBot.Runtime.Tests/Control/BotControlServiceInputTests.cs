using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>Bad requests: InvalidInput with a detail naming the field, and nothing stored.</summary>
public sealed class BotControlServiceInputTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("botId with a space", "botId")]
    [InlineData("botId too long", "botId")]
    [InlineData("botId missing", "botId")]
    [InlineData("unknown venue", "venue")]
    [InlineData("bad market", "market")]
    [InlineData("bad mode", "mode")]
    [InlineData("bad spacing", "spacing")]
    [InlineData("bad symbol text", "symbol")]
    [InlineData("missing lower", "lower is required")]
    [InlineData("missing upper", "upper is required")]
    [InlineData("missing capital", "capital is required")]
    [InlineData("negative capital", "capital")]
    [InlineData("one level", "levels")]
    [InlineData("missing levels", "levels")]
    [InlineData("both sizings", "quotePerLevel or quantity")]
    [InlineData("no sizing", "quotePerLevel or quantity")]
    [InlineData("zero quotePerLevel", "quotePerLevel")]
    [InlineData("lower above upper", "lower")]
    [InlineData("lower equals upper", "lower")]
    [InlineData("maxDrawdownPct 0", "maxDrawdownPct")]
    [InlineData("maxDrawdownPct 150", "maxDrawdownPct")]
    [InlineData("maxDailyLossPct -1", "maxDailyLossPct")]
    [InlineData("maxConsecutiveLosses 0", "maxConsecutiveLosses")]
    [InlineData("maxOrderValue 0", "maxOrderValue")]
    public async Task CreateAsync_InvalidField_InvalidInputNamingItAndNothingStored(string problem, string named)
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var request = Broken(problem);

        var created = await rig.Control.CreateAsync(request, Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput, created.Detail);
        created.Value.Should().BeNull();
        created.Detail.Should().Contain(named);
        (await rig.Control.ListAsync(Ct)).Value.Should().BeEmpty("nothing is registered");
        (await rig.Control.StateAsync(string.IsNullOrWhiteSpace(request.BotId) ? "p1" : request.BotId, Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
    }

    [Fact]
    public async Task CreateAsync_SeveralProblems_AllNamedInOneDetail()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var request = ControlRequests.Paper("bad id") with { Venue = "kraken", Mode = "yolo", Levels = 1, Capital = null, Upper = null };

        var created = await rig.Control.CreateAsync(request, Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput);
        created.Detail.Should().ContainAll("botId 'bad id'", "venue 'kraken'", "mode 'yolo'", "levels 1", "capital is required", "upper is required");
        (await rig.Control.ListAsync(Ct)).Value.Should().BeEmpty();
    }

    [Fact]
    public async Task CreateAsync_SymbolTheVenueDoesNotList_InvalidInputNamingTheSymbol()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        var created = await rig.Control.CreateAsync(ControlRequests.Paper("p1") with { Symbol = "ETHUSDT" }, Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput, created.Detail);
        created.Detail.Should().Contain("ETHUSDT").And.Contain("rules");
        (await rig.Control.StateAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
    }

    [Fact]
    public async Task CreateAsync_LevelsBelowTheVenuesMinimumNotional_InvalidInput()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        var created = await rig.Control.CreateAsync(ControlRequests.Paper("p1") with { QuotePerLevel = 1m }, Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput, created.Detail);
        created.Detail.Should().Contain("symbol rules");
        (await rig.Control.StateAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
    }

    [Theory]
    [InlineData(0, null, "maxDrawdownPct")]
    [InlineData(150, null, "maxDrawdownPct")]
    [InlineData(null, 0, "maxConsecutiveLosses")]
    public async Task UpdateLimitsAsync_OutOfRange_InvalidInputAndLimitsUnchanged(int? drawdownPct, int? losses, string named)
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        var before = await rig.SavedAsync("p1");

        var updated = await rig.Control.UpdateLimitsAsync("p1", new RiskLimitsRequest { MaxDrawdownPct = drawdownPct, MaxConsecutiveLosses = losses }, Ct);

        updated.Outcome.Should().Be(ControlOutcome.InvalidInput);
        updated.Detail.Should().Contain(named);
        (await rig.SavedAsync("p1")).Should().Be(before);
    }

    private static CreateBotRequest Broken(string problem)
    {
        var ok = ControlRequests.Paper("p1");
        return problem switch
        {
            "botId with a space" => ok with { BotId = "p 1" },
            "botId too long" => ok with { BotId = new string('a', 17) },
            "botId missing" => ok with { BotId = null },
            "unknown venue" => ok with { Venue = "kraken" },
            "bad market" => ok with { Market = "margin" },
            "bad mode" => ok with { Mode = "yolo" },
            "bad spacing" => ok with { Spacing = "fibonacci" },
            "bad symbol text" => ok with { Symbol = "B$C!" },
            "missing lower" => ok with { Lower = null },
            "missing upper" => ok with { Upper = null },
            "missing capital" => ok with { Capital = null },
            "negative capital" => ok with { Capital = -5m },
            "one level" => ok with { Levels = 1 },
            "missing levels" => ok with { Levels = null },
            "both sizings" => ok with { Quantity = 0.001m },
            "no sizing" => ok with { QuotePerLevel = null },
            "zero quotePerLevel" => ok with { QuotePerLevel = 0m },
            "lower above upper" => ok with { Lower = 65_000m, Upper = 55_000m },
            "lower equals upper" => ok with { Lower = 60_000m, Upper = 60_000m },
            "maxDrawdownPct 0" => ok with { Limits = new RiskLimitsRequest { MaxDrawdownPct = 0m } },
            "maxDrawdownPct 150" => ok with { Limits = new RiskLimitsRequest { MaxDrawdownPct = 150m } },
            "maxDailyLossPct -1" => ok with { Limits = new RiskLimitsRequest { MaxDailyLossPct = -1m } },
            "maxConsecutiveLosses 0" => ok with { Limits = new RiskLimitsRequest { MaxConsecutiveLosses = 0 } },
            "maxOrderValue 0" => ok with { Limits = new RiskLimitsRequest { MaxOrderValue = 0m } },
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "no such case"),
        };
    }
}
