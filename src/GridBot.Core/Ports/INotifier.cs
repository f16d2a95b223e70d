namespace GridBot.Core.Ports;

/// <summary>Tells a person something (console, log, Telegram).</summary>
public interface INotifier
{
    Task NotifyAsync(string botId, string text, CancellationToken ct);
}
