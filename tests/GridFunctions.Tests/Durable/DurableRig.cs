using System.Collections.Concurrent;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using GridBot.Runtime;
using GridBot.Storage.Azure;
using GridFunctions.Durable;
using GridFunctions.Testing;

namespace GridFunctions.Tests.Durable;

/// <summary>
/// The Function app's bot path on the Durable engine for a test: a paper venue and a manual clock (shared with the
/// activities, as a venue and time are), the app's Azure stores (registry, ledger) on Azurite, the engine, and
/// <see cref="Host"/>, which drives bots as the control functions do (each operation a <c>BotOperation</c> instance).
/// </summary>
internal sealed class DurableRig : IAsyncDisposable
{
    private DurableRig(BotConfig config, Azurite azurite, AzureStorage storage, PaperExchange paper, ManualClock clock, DurableEngine engine, IFillPublisher published)
    {
        Config = config;
        Azurite = azurite;
        Storage = storage;
        Paper = paper;
        Clock = clock;
        Engine = engine;
        Publisher = published;
        Host = new DurableReplayHost(engine);
    }

    public BotConfig Config { get; }

    public Azurite Azurite { get; }

    public AzureStorage Storage { get; }

    public PaperExchange Paper { get; }

    public ManualClock Clock { get; }

    public DurableEngine Engine { get; }

    /// <summary>Where the bot's fills went: a <see cref="RecordingPublisher"/> unless the test gave its own.</summary>
    public IFillPublisher Publisher { get; }

    public RecordingPublisher Published => (RecordingPublisher)Publisher;

    public DurableReplayHost Host { get; }

    public static async Task<DurableRig> StartAsync(
        BotConfig config, long startMs, Func<BotEffects, BotEffects>? wrap = null, RuntimeOptions? options = null, Func<Azurite, IFillPublisher>? publisher = null)
    {
        var azurite = await Azurite.StartAsync();
        var storage = await AzureStorage.OpenAsync(new AzureStorageSettings { ConnectionString = azurite.ConnectionString }, CancellationToken.None);
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, clock);
        var published = publisher?.Invoke(azurite) ?? new RecordingPublisher();
        var effects = new BotEffects(_ => paper, storage.Fills, new ConsoleNotifier(null), clock, options);
        var engine = await DurableEngine.StartAsync(azurite.ConnectionString, () => new BotActivities(wrap?.Invoke(effects) ?? effects, published, storage.Registry));
        return new DurableRig(config, azurite, storage, paper, clock, engine, published);
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>The fills the bot's orchestrations published, in order (the fan-out's input).</summary>
    internal sealed class RecordingPublisher : IFillPublisher
    {
        public ConcurrentQueue<(string BotId, ExchangeFill Fill)> Fills { get; } = new();

        public Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct)
        {
            Fills.Enqueue((botId, fill));
            return Task.CompletedTask;
        }
    }
}

/// <summary>Bots on the Durable engine, driven as the control functions drive them: every operation (and every fill read) a <c>BotOperation</c> instance.</summary>
internal sealed class DurableReplayHost(DurableEngine engine) : IBotReplayHost
{
    private int _next;

    public async Task<BotDecision> SendAndWaitAsync(string botId, BotOperation operation, CancellationToken ct)
    {
        var result = await RunAsync(botId, DurableJson.Write(operation), ct);
        return DurableJson.ReadDecision(result.Decision ?? throw new InvalidOperationException(result.Failure));
    }

    public async Task PollFillsAsync(string botId, CancellationToken ct)
    {
        var result = await RunAsync(botId, string.Empty, ct);
        if (result.Failure is not null)
        {
            throw new InvalidOperationException(result.Failure);
        }
    }

    public Task<BotState?> GetStateAsync(string botId, CancellationToken ct) => engine.GetStateAsync(botId, ct);

    private async Task<BotOperationResult> RunAsync(string botId, string operation, CancellationToken ct)
    {
        var id = $"op-{botId}-{Interlocked.Increment(ref _next)}";
        (await engine.StartAsync(id, new BotOperationRequest(botId, operation), null, ct)).Should().BeTrue();
        return await engine.WaitAsync(id, ct);
    }
}
