using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;
using GridFunctions.Durable;
using GridFunctions.FanOut;

namespace GridFunctions.Tests.FanOut;

public sealed class DurableBotHostTests
{
    private readonly InMemoryBotOrchestrations _orchestrations = new();

    [Fact]
    public async Task SendAndWaitAsync_Completed_ReturnsTheDecision()
    {
        var state = FanOutBots.Running("bot1");
        _orchestrations.Result = new BotOperationResult(JsonSerializer.Serialize(new BotDecision(state, []), CoreJsonContext.Default.BotDecision), null);

        var decision = await new DurableBotHost(_orchestrations).SendAndWaitAsync("bot1", new PauseBot("test"), CancellationToken.None);

        decision.State!.BotId.Should().Be("bot1");
        var start = _orchestrations.Starts.Should().ContainSingle().Subject;
        start.InstanceId.Should().StartWith("op-bot1-");
        JsonSerializer.Deserialize(start.Request.Operation, CoreJsonContext.Default.BotOperation).Should().Be(new PauseBot("test"));
    }

    [Fact]
    public async Task SendAndWaitAsync_Failed_ThrowsStorageUnavailableWithTheFailure()
    {
        _orchestrations.Result = new BotOperationResult(null, "activity PlaceOrder failed: boom");

        var act = () => new DurableBotHost(_orchestrations).SendAndWaitAsync("bot1", new Tick(), CancellationToken.None);

        (await act.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain("boom");
    }

    [Fact]
    public async Task GetStateAsync_ReadsTheEntityState()
    {
        _orchestrations.States["bot1"] = FanOutBots.Running("bot1");
        var host = new DurableBotHost(_orchestrations);

        (await host.GetStateAsync("bot1", CancellationToken.None))!.Status.Should().Be(BotStatus.Running);
        (await host.GetStateAsync("nobody", CancellationToken.None)).Should().BeNull();
    }
}
