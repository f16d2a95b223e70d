using GridBot.Core.Ports;
using GridBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Hosting;

/// <summary>
/// When a server host starts: checks (or creates) the store's tables and containers and logs the result. A failure is
/// logged as an error naming the resource, and the host keeps running: requests then answer 503 with the same message
/// until the store is reachable, and a transient outage at start does not take the host down.
/// </summary>
public sealed partial class StorageStartup(BotStores stores, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await stores.EnsureAsync(cancellationToken).ConfigureAwait(false);
            LogReady(stores.Description);
        }
        catch (StorageUnavailableException ex)
        {
            LogUnavailable(ex, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot store ready: {Store}")]
    private partial void LogReady(string store);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot store unavailable at start: {Problem}")]
    private partial void LogUnavailable(Exception exception, string problem);
}
