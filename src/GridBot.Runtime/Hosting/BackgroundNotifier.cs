using System.Threading.Channels;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Hosting;

/// <summary>
/// Sends a remote notifier's messages from a queue on its own loop, in order, so a slow or rate-limited chat (a 429
/// from Telegram waits up to 30 s, three times) never holds a bot's operation, a tick or an orchestration: a
/// notification is queued and the caller goes on. The queue is bounded (<see cref="Capacity"/>); when it is full the
/// oldest message is dropped, and the drop is logged with the next message sent. A failed send is logged and skipped.
/// <see cref="DisposeAsync"/> sends what is queued for up to <see cref="DrainTime"/>; what is still queued when the
/// process dies is lost (notifications are at most once; the ledger and the bot state are the record).
/// </summary>
public sealed partial class BackgroundNotifier : INotifier, IDocumentNotifier, IAsyncDisposable
{
    public const int Capacity = 1_000;

    public static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(5);

    private readonly INotifier _inner;
    private readonly ILogger _logger;
    private readonly Channel<Func<CancellationToken, Task>> _queue;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _dropped;

    public BackgroundNotifier(INotifier inner, ILogger<BackgroundNotifier> logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _logger = logger;
        _queue = Channel.CreateBounded<Func<CancellationToken, Task>>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues the message; the caller's token does not cancel it (it outlives the operation that sent it).</summary>
    public Task NotifyAsync(string botId, string text, CancellationToken ct)
    {
        _queue.Writer.TryWrite(token => _inner.NotifyAsync(botId, text, token));
        return Task.CompletedTask;
    }

    /// <summary>Queued behind the messages before it (a report's summary, then its files); nothing when the inner notifier sends no documents.</summary>
    public Task SendDocumentAsync(string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken ct)
    {
        if (_inner is IDocumentNotifier documents)
        {
            _queue.Writer.TryWrite(token => documents.SendDocumentAsync(fileName, content, caption, token));
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (await Task.WhenAny(_loop, Task.Delay(DrainTime)).ConfigureAwait(false) != _loop)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var send in _queue.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                {
                    Dropped(_logger, dropped, Capacity);
                }

                try
                {
                    await send(_stop.Token).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A notification that cannot be sent is logged; the queue goes on with the next.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    Failed(_logger, ex.GetType().Name, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Abandoned(_logger, _queue.Reader.Count, DrainTime.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "notifications: {Dropped} message(s) dropped, the queue of {Capacity} was full")]
    private static partial void Dropped(ILogger logger, long dropped, int capacity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "notifications: a message could not be sent ({Type}: {Detail})")]
    private static partial void Failed(ILogger logger, string type, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "notifications: {Count} message(s) not sent when the host stopped ({Seconds} s to drain)")]
    private static partial void Abandoned(ILogger logger, int count, double seconds);
}
