using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>Every command on a bot id nobody created: NotFound naming the id, and nothing created by the attempt.</summary>
public sealed class BotControlServiceNotFoundTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("status")]
    [InlineData("state")]
    [InlineData("start")]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("stop")]
    [InlineData("flatten")]
    [InlineData("clear")]
    [InlineData("limits")]
    [InlineData("fills")]
    public async Task Command_UnknownBotId_NotFound(string command)
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("known"));

        var (outcome, detail) = await RunAsync(rig.Control, command, "ghost");

        outcome.Should().Be(ControlOutcome.NotFound, detail);
        detail.Should().Contain("ghost");
        (await rig.SavedAsync("ghost")).Should().BeNull("a command on an unknown bot creates nothing");
        (await rig.Control.ListAsync(Ct)).Value!.Select(b => b.BotId).Should().Equal("known");
    }

    private static async Task<(ControlOutcome Outcome, string? Detail)> RunAsync(BotControlService control, string command, string botId)
    {
        switch (command)
        {
            case "state":
                var state = await control.StateAsync(botId, Ct);
                return (state.Outcome, state.Detail);
            case "fills":
                var fills = await control.FillsAsync(botId, null, 10, Ct);
                return (fills.Outcome, fills.Detail);
            default:
                var result = command switch
                {
                    "status" => await control.StatusAsync(botId, Ct),
                    "start" => await control.StartAsync(botId, Ct),
                    "pause" => await control.PauseAsync(botId, null, Ct),
                    "resume" => await control.ResumeAsync(botId, Ct),
                    "stop" => await control.StopAsync(botId, Ct),
                    "flatten" => await control.FlattenAsync(botId, null, Ct),
                    "clear" => await control.ClearManualResumeAsync(botId, Ct),
                    "limits" => await control.UpdateLimitsAsync(botId, new RiskLimitsRequest { MaxApiErrors = 3 }, Ct),
                    _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no such command"),
                };
                result.Value.Should().BeNull();
                return (result.Outcome, result.Detail);
        }
    }
}
