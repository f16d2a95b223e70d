using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Configuration;
using GridBot.Runtime.Control;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>
/// A state save that fails is a storage failure, never bad input: here every save loses an optimistic-concurrency race
/// (another writer moved the bot's ETag in the real SQLite store and the runtime may not retry), so the runtime
/// throws <see cref="StateStoreException"/> and the control service answers Unavailable.
/// </summary>
public class StorageFailureTests
{
    [Fact]
    public async Task SendAndWait_SaveLosesEveryRace_ThrowsStateStoreException()
    {
        await using var harness = await RuntimeHarness.CreateAsync(RuntimeHarness.Config41(), 0m, 0);
        await using var runtime = harness.NewRuntime(new RuntimeOptions { MaxConflictRetries = 0 });
        harness.Paper.MoveTo(22_000m, 0);
        await runtime.SendAndWaitAsync("bot1", new CreateBot(harness.Config));
        await BumpETagAsync(harness);

        var start = () => runtime.SendAndWaitAsync("bot1", new StartBot());

        (await start.Should().ThrowAsync<StateStoreException>()).Which.Message.Should().Contain("could not save bot bot1");
        (await runtime.GetStateAsync("bot1"))!.Status.Should().Be(BotStatus.Created, "nothing was saved and no order went out");
        harness.Exchange.Placements.Should().BeEmpty();
    }

    [Fact]
    public async Task ControlCommand_SaveFails_Unavailable()
    {
        await using var harness = await RuntimeHarness.CreateAsync(RuntimeHarness.Config41(), 0m, 0);
        await using var runtime = harness.NewRuntime(new RuntimeOptions { MaxConflictRetries = 0 });
        using var http = new HttpClient();
        var control = new BotControlService(runtime, harness.Storage.Registry, harness.Storage.Fills,
            new BotVenues(new ExchangeOptions(), TimeProvider.System, NullLogger.Instance, http), new GridBotOptions());
        harness.Paper.MoveTo(22_000m, 0);
        await runtime.SendAndWaitAsync("bot1", new CreateBot(harness.Config));
        (await runtime.SendAndWaitAsync("bot1", new StartBot())).Rejection.Should().BeNull();
        await BumpETagAsync(harness);

        var paused = await control.PauseAsync("bot1", null, CancellationToken.None);

        paused.Outcome.Should().Be(ControlOutcome.Unavailable);
        paused.Detail.Should().Contain("could not save bot bot1");
        (await control.StatusAsync("bot1", CancellationToken.None)).Value!.Status.Should().Be("Running");
    }

    /// <summary>Another writer saves the bot as it is, which gives it a new ETag.</summary>
    private static async Task BumpETagAsync(RuntimeHarness harness)
    {
        var stored = (await harness.Storage.States.LoadAsync("bot1", CancellationToken.None))!;
        (await harness.Storage.States.SaveAsync("bot1", stored.Value, stored.ETag, CancellationToken.None)).IsSuccess.Should().BeTrue();
    }
}
