using System.Threading.Channels;
using GridBot.Core.Bots;

namespace GridBot.Runtime;

/// <summary>
/// A bot's queue: one reader, so operations apply one at a time in arrival order. <see cref="SendAsync"/> waits for
/// the item to be processed; <see cref="Post"/> does not (for handlers running inside the bot's own processing).
/// </summary>
internal sealed class BotMailbox : IAsyncDisposable
{
    private readonly Channel<(Work Work, TaskCompletionSource<BotDecision>? Done)> _channel =
        Channel.CreateUnbounded<(Work, TaskCompletionSource<BotDecision>?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<Work, Task<BotDecision>> _process;
    private readonly Task _loop;

    public BotMailbox(string botId, Func<Work, Task<BotDecision>> process)
    {
        BotId = botId;
        _process = process;
        _loop = Task.Run(RunAsync);
    }

    public string BotId { get; }

    public Task<BotDecision> SendAsync(Work work, CancellationToken ct)
    {
        var done = new TaskCompletionSource<BotDecision>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_channel.Writer.TryWrite((work, done)))
        {
            done.SetException(new ObjectDisposedException($"bot {BotId}'s mailbox is closed"));
        }

        return done.Task.WaitAsync(ct);
    }

    public void Post(Work work) => _channel.Writer.TryWrite((work, null));

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        await foreach (var (work, done) in _channel.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                var decision = await _process(work).ConfigureAwait(false);
                done?.TrySetResult(decision);
            }
#pragma warning disable CA1031 // The failure goes to the caller waiting on this item; the mailbox must keep serving.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done?.TrySetException(ex);
                if (ex is SimulatedCrashException)
                {
                    // A crashed process serves nothing more: fail everything still queued.
                    _channel.Writer.TryComplete();
                    while (_channel.Reader.TryRead(out var rest))
                    {
                        rest.Done?.TrySetException(new SimulatedCrashException(((SimulatedCrashException)ex).Point));
                    }

                    return;
                }
            }
        }
    }
}
