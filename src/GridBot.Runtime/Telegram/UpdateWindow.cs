namespace GridBot.Runtime.Telegram;

/// <summary>
/// The <c>update_id</c>s seen lately, so an update Telegram delivers twice (it retries on anything but 2xx) is handled
/// once. Bounded: the oldest ids leave after <see cref="Capacity"/> newer ones. Per process: a second instance of a
/// scaled-out host has its own window. Thread-safe.
/// </summary>
public sealed class UpdateWindow(int capacity = 4096)
{
    private readonly HashSet<long> _seen = [];
    private readonly Queue<long> _order = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity;

    /// <summary>True the first time <paramref name="updateId"/> is offered (then remembered), false for a repeat.</summary>
    public bool TryAdd(long updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
