using System.Collections.Concurrent;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Order-change notifications. Changes are queued under the market's lock (so the queue order is the order in which
/// they happened) and raised after the lock is released, by one thread at a time: a handler may read, place, cancel or
/// trade on this market without deadlock, and what it changes is raised after it returns. A thread that finds another
/// one raising leaves its own changes to that thread, so an event may be raised just after the call that caused it.
/// </summary>
public sealed partial class FakeMarket
{
    private readonly ConcurrentQueue<FakeOrderEvent> _pending = new();
    private long _eventSequence;
    private int _raising;

    /// <summary>Every order change: accepted (New), each fill (Trade, with the fill), cancel, expiry.</summary>
    public event Action<FakeOrderEvent>? OrderChanged;

    /// <summary>Called under the lock.</summary>
    private void Publish(FakeOrder order, FakeExecutionType execution, FakeFill? fill = null, string? cancelRequestId = null) =>
        _pending.Enqueue(new FakeOrderEvent(this, ++_eventSequence, order.Snapshot(), execution, fill, cancelRequestId));

    /// <summary>Called outside the lock, after every change.</summary>
    private void RaisePending()
    {
        while (!_pending.IsEmpty)
        {
            if (Interlocked.CompareExchange(ref _raising, 1, 0) != 0)
            {
                return;
            }

            try
            {
                while (_pending.TryDequeue(out var change))
                {
                    OrderChanged?.Invoke(change);
                }
            }
            finally
            {
                Volatile.Write(ref _raising, 0);
            }
        }
    }
}
