using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Cli;

/// <summary>The control service over one SQLite file, for the length of one command.</summary>
internal sealed class ControlSession : IAsyncDisposable
{
    private readonly SqliteStorage _storage;
    private readonly BotRuntime _runtime;
    private readonly HttpClient _http = new();

    private ControlSession(SqliteStorage storage, CliSettings settings)
    {
        _storage = storage;
        var venues = new BotVenues(settings.Exchange, TimeProvider.System, NullLogger.Instance, _http);
        _runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, venues.ExchangeFor, new ConsoleNotifier(null), TimeProvider.System);
        Control = new BotControlService(_runtime, storage.Registry, storage.Fills, venues, settings.GridBot);
    }

    public BotControlService Control { get; }

    public string Path => _storage.Database.FullPath;

    public static async Task<ControlSession> OpenAsync(string path, CliSettings settings, CancellationToken ct) =>
        new(await SqliteStorage.OpenAsync(new SqliteOptions { Path = path }, TimeProvider.System, ct).ConfigureAwait(false), settings);

    public async ValueTask DisposeAsync()
    {
        await _runtime.DisposeAsync().ConfigureAwait(false);
        _storage.Dispose();
        _http.Dispose();
    }
}
