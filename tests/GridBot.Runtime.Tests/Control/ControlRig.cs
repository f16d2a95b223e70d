using System.Text.Json;
using GridBot.Core.Configuration;
using GridBot.Core.Serialization;
using GridBot.Runtime.Control;
using GridBot.Runtime.Hosting;
using GridBot.Storage.Sqlite;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The control service under test, built from real parts: a fresh SQLite file, <see cref="BotVenues"/> pointed at a
/// fake Binance, and a <see cref="BotRuntime"/>. One per test; dispose it to delete the file.
/// </summary>
internal sealed class ControlRig : IAsyncDisposable
{
    private readonly string _path;
    private readonly HttpClient _http;

    private ControlRig(
        string path, HttpClient http, SqliteStorage storage, BotRuntime runtime, BotControlService control, GridBotOptions options, OperatorService operators)
    {
        Operators = operators;
        _path = path;
        _http = http;
        Storage = storage;
        Runtime = runtime;
        Control = control;
        Options = options;
    }

    public BotControlService Control { get; }

    /// <summary>The operator's switches over the same SQLite file; the control service holds bots to them.</summary>
    public OperatorService Operators { get; }

    /// <summary>The SQLite file, for a second store over the same data (what a restarted process sees).</summary>
    public string DatabasePath => _path;

    public BotRuntime Runtime { get; }

    public SqliteStorage Storage { get; }

    public GridBotOptions Options { get; }

    public static async Task<ControlRig> StartAsync(FakeBinance venue, int rolloutStage = 1, bool withKeys = true, Action<GridBotOptions>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridbot-control-{Guid.NewGuid():N}.db");
        var http = new HttpClient();
        var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = path }, TimeProvider.System, CancellationToken.None);
        var exchange = new ExchangeOptions
        {
            ApiKey = withKeys ? venue.Options.ApiKey : null,
            ApiSecret = withKeys ? venue.Options.ApiSecret : null,
            BaseUrl = venue.BaseUrl.ToString(),
        };
        var venues = new BotVenues(exchange, TimeProvider.System, NullLogger.Instance, http);
        var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, venues.ExchangeFor, new ConsoleNotifier(null), TimeProvider.System);
        var options = new GridBotOptions { RolloutStage = rolloutStage };
        configure?.Invoke(options);
        var operators = new OperatorService(storage.Settings, options, TimeProvider.System);
        var control = new BotControlService(runtime, storage.Registry, storage.Fills, venues, options, operators);
        return new ControlRig(path, http, storage, runtime, control, options, operators);
    }

    /// <summary>The bot's saved state as JSON (what the store holds), or null when there is none.</summary>
    public async Task<string?> SavedAsync(string botId)
    {
        var state = await Control.StateAsync(botId, CancellationToken.None);
        return state.IsOk ? JsonSerializer.Serialize(state.Value, CoreJsonContext.Default.BotState) : null;
    }

    /// <summary>Creates the bot and checks that it worked.</summary>
    public async Task<BotView> CreateAsync(CreateBotRequest request)
    {
        var created = await Control.CreateAsync(request, CancellationToken.None);
        created.Outcome.Should().Be(ControlOutcome.Ok, created.Detail);
        return created.Value!;
    }

    /// <summary>Creates and starts a paper bot; checks both worked and returns its saved view once the start has run.</summary>
    public async Task<BotView> StartedPaperBotAsync(string botId)
    {
        await CreateAsync(ControlRequests.Paper(botId));
        var started = await Control.StartAsync(botId, CancellationToken.None);
        started.Outcome.Should().Be(ControlOutcome.Ok, started.Detail);
        return (await Control.StatusAsync(botId, CancellationToken.None)).Value!;
    }

    /// <summary>Polls the saved status until it is <paramref name="status"/> (work the bot posted to itself may still be queued).</summary>
    public async Task<BotView> WaitForStatusAsync(string botId, string status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var view = await Control.StatusAsync(botId, CancellationToken.None);
            view.Outcome.Should().Be(ControlOutcome.Ok, view.Detail);
            if (view.Value!.Status == status || DateTimeOffset.UtcNow > deadline)
            {
                view.Value.Status.Should().Be(status, view.Value.StatusReason);
                return view.Value;
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        Storage.Dispose();
        _http.Dispose();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // best effort: the OS may still hold the WAL file briefly
            }
        }
    }
}
