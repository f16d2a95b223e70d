using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Serialization;
using GridBot.Runtime;
using GridFunctions.Durable;
using GridFunctions.FanOut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.FanOut;

/// <summary>
/// <c>FillSafety</c> and <c>FillFlatten</c> called as methods with a queue message's body, wired as the app wires them
/// (<see cref="FanOutServices.AddGridFunctionsFanOut"/>), over an in-memory <see cref="IBotOrchestrations"/>.
/// </summary>
public sealed class FillFunctionsTests : IDisposable
{
    private readonly InMemoryBotOrchestrations _orchestrations = new();
    private readonly ServiceProvider _services;

    public FillFunctionsTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddGridFunctionsFanOut(configuration)
            .AddSingleton<IFillPublisher, RecordingFillPublisher>()
            .BuildServiceProvider();
    }

    private FillSafetyFunction Safety => ActivatorUtilities.CreateInstance<FillSafetyFunction>(_services);

    private FillFlattenFunction Flatten => ActivatorUtilities.CreateInstance<FillFlattenFunction>(_services);

    [Fact]
    public async Task FillSafety_DrawdownBreachOnRunningBot_StartsOneFlattenWithDeterministicId()
    {
        _orchestrations.States["bot1"] = FanOutBots.RunningInDrawdown("bot1");

        await Safety.RunWithAsync(Message("bot1", "t-1001"), _orchestrations, CancellationToken.None);

        var start = _orchestrations.Starts.Should().ContainSingle().Subject;
        start.InstanceId.Should().Be("safety-bot1-t-1001");
        start.Started.Should().BeTrue();
        start.Request.BotId.Should().Be("bot1");
        var op = JsonSerializer.Deserialize(start.Request.Operation, CoreJsonContext.Default.BotOperation);
        op.Should().BeOfType<FlattenBot>().Which.Reason.Should().Contain("safety handler").And.Contain("Drawdown");
    }

    [Fact]
    public async Task FillSafety_SameMessageTwiceWhileFirstRuns_SecondStartsNothing()
    {
        _orchestrations.States["bot1"] = FanOutBots.RunningInDrawdown("bot1");
        var message = Message("bot1", "t-1001");

        await Safety.RunWithAsync(message, _orchestrations, CancellationToken.None);
        await Safety.RunWithAsync(message, _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Select(s => (s.InstanceId, s.Started)).Should().Equal(("safety-bot1-t-1001", true), ("safety-bot1-t-1001", false));
    }

    [Fact]
    public async Task FillSafety_SameMessageAfterTheOperationRan_BotNoLongerRunning_StartsNothing()
    {
        var bot = FanOutBots.RunningInDrawdown("bot1");
        _orchestrations.States["bot1"] = bot;
        var message = Message("bot1", "t-1001");
        await Safety.RunWithAsync(message, _orchestrations, CancellationToken.None);

        _orchestrations.Finish("safety-bot1-t-1001");
        _orchestrations.States["bot1"] = bot with { Status = BotStatus.Flattening };
        await Safety.RunWithAsync(message, _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Should().ContainSingle();
    }

    [Theory]
    [InlineData(BotStatus.Paused)]
    [InlineData(BotStatus.Stopped)]
    [InlineData(BotStatus.RequiresManualResume)]
    public async Task FillSafety_BotNotRunning_StartsNothing(BotStatus status)
    {
        _orchestrations.States["bot1"] = FanOutBots.RunningInDrawdown("bot1") with { Status = status };

        await Safety.RunWithAsync(Message("bot1", "t-1001"), _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Should().BeEmpty();
    }

    [Fact]
    public async Task FillSafety_UnknownBot_StartsNothing()
    {
        await Safety.RunWithAsync(Message("nobody", "t-1001"), _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Should().BeEmpty();
    }

    [Fact]
    public async Task FillSafety_RunningBotWithinLimits_StartsNothing()
    {
        _orchestrations.States["bot1"] = FanOutBots.Running("bot1");

        await Safety.RunWithAsync(Message("bot1", "t-1001"), _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("not json at all", "malformed")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"fill\":{}}", "no botId")]
    [InlineData("{\"botId\":\"bot1\"}", "no fill")]
    [InlineData("{\"botId\":\"bot1\",\"fill\":{\"price\":\"abc\"}}", "not a fill message")]
    public async Task FillSafety_MalformedMessage_ThrowsNamingTheProblemAndTouchesNothing(string body, string problem)
    {
        _orchestrations.States["bot1"] = FanOutBots.RunningInDrawdown("bot1");

        var act = () => Safety.RunWithAsync(body, _orchestrations, CancellationToken.None);

        (await act.Should().ThrowAsync<FormatException>()).Which.Message.Should().Contain(problem).And.Contain("safety");
        _orchestrations.Starts.Should().BeEmpty();
    }

    [Fact]
    public async Task FillFlatten_FlattenOrderFill_StartsTickWithDeterministicId()
    {
        await Flatten.RunWithAsync(Message("bot1", "t-2001", "bot1-000042-flat"), _orchestrations, CancellationToken.None);

        var start = _orchestrations.Starts.Should().ContainSingle().Subject;
        start.InstanceId.Should().Be("flatten-bot1-t-2001");
        JsonSerializer.Deserialize(start.Request.Operation, CoreJsonContext.Default.BotOperation).Should().BeOfType<Tick>();
    }

    [Fact]
    public async Task FillFlatten_GridOrderFill_StartsNothing()
    {
        await Flatten.RunWithAsync(Message("bot1", "t-2001"), _orchestrations, CancellationToken.None);

        _orchestrations.Starts.Should().BeEmpty();
    }

    [Fact]
    public async Task FillFlatten_MalformedMessage_Throws()
    {
        var act = () => Flatten.RunWithAsync("{\"botId\":\"bot1\"}", _orchestrations, CancellationToken.None);

        (await act.Should().ThrowAsync<FormatException>()).Which.Message.Should().Contain("flatten").And.Contain("no fill");
    }

    [Fact]
    public async Task DurableBotBus_SecondOperationOfOneCall_GetsSuffixedId()
    {
        var bus = new DurableBotBus(_orchestrations, new RecordingFillPublisher(), DurableBotBus.InstanceIdPrefix("safety", "bot/1", "t#1"));

        await bus.SendAsync("bot/1", new PauseBot("x"), CancellationToken.None);
        await bus.SendAsync("bot/1", new Tick(), CancellationToken.None);

        _orchestrations.Starts.Select(s => s.InstanceId).Should().Equal("safety-bot_1-t_1", "safety-bot_1-t_1-2");
    }

    [Fact]
    public async Task DurableBotBus_PublishFill_GoesToThePublisher()
    {
        var publisher = new RecordingFillPublisher();
        var bus = new DurableBotBus(_orchestrations, publisher, "p");
        var fill = FanOutBots.Fill("t-1");

        await bus.PublishFillAsync("bot1", fill, CancellationToken.None);

        publisher.Published.Should().Equal(("bot1", fill));
    }

    public void Dispose() => _services.Dispose();

    private static string Message(string botId, string tradeId, string clientOrderId = "bot1-000007-b") =>
        new FillMessage(botId, FanOutBots.Fill(tradeId, clientOrderId)).ToJson();
}
