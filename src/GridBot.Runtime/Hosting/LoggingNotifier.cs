using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Hosting;

/// <summary>Notifications as log entries: what a server host does until a chat notifier is configured.</summary>
public sealed partial class LoggingNotifier(ILogger<LoggingNotifier> logger) : INotifier
{
    public Task NotifyAsync(string botId, string text, CancellationToken ct)
    {
        Notified(logger, botId, text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "[{BotId}] {Text}")]
    private static partial void Notified(ILogger logger, string botId, string text);
}
