using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Cli;

/// <summary>The control service over the chosen stores (a SQLite file or Azure storage), for the length of one command.</summary>
internal sealed class ControlSession : IAsyncDisposable
{
    private readonly BotStores _storage;
    private readonly BotRuntime _runtime;
    private readonly HttpClient _http = new();

    private ControlSession(BotStores storage, CliSettings settings)
    {
        _storage = storage;
        var venues = new BotVenues(settings.Exchange, TimeProvider.System, NullLogger.Instance, _http);
        _runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, venues.ExchangeFor, new ConsoleNotifier(null), TimeProvider.System);
        Control = new BotControlService(_runtime, storage.Registry, storage.Fills, venues, settings.GridBot,
            new OperatorService(storage.Settings, settings.GridBot, TimeProvider.System));
    }

    public BotControlService Control { get; }

    public string Where => _storage.Description;

    public static async Task<ControlSession> OpenAsync(string? db, CliSettings settings, CancellationToken ct) =>
        new(await CliStorage.OpenAsync(db, settings.Storage, TimeProvider.System, ct).ConfigureAwait(false), settings);

    public async ValueTask DisposeAsync()
    {
        await _runtime.DisposeAsync().ConfigureAwait(false);
        _storage.Dispose();
        _http.Dispose();
    }
}
