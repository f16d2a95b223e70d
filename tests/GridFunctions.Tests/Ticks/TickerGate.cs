namespace GridFunctions.Tests.Ticks;

/// <summary>
/// Holds the venue's price reads while closed: a bot operation that reads the ticker (every <c>Tick</c> does, in its
/// <c>ReadView</c> activity) waits inside the activity until <see cref="Release"/>, so its orchestration stays running.
/// </summary>
internal sealed class TickerGate
{
    private readonly object _lock = new();
    private TaskCompletionSource? _closed;
    private int _held;

    public void Close()
    {
        lock (_lock)
        {
            _closed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _held = 0;
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            _closed?.TrySetResult();
            _closed = null;
        }
    }

    public Task PassAsync(CancellationToken ct)
    {
        lock (_lock)
        {
            if (_closed is null)
            {
                return Task.CompletedTask;
            }

            _held++;
            return _closed.Task.WaitAsync(ct);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> reads are held at the gate.</summary>
    public async Task WaitHeldAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _held) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{_held} of {count} price reads reached the gate");
            }

            await Task.Delay(50);
        }
    }
}
