using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>Writes notifications as lines to a writer (stderr for the CLI), or collects them when none is given.</summary>
public sealed class ConsoleNotifier(TextWriter? writer) : INotifier
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public Task NotifyAsync(string botId, string text, CancellationToken ct)
    {
        lock (_messages)
        {
            _messages.Add(text);
            writer?.WriteLine($"[{botId}] {text}");
        }

        return Task.CompletedTask;
    }
}
