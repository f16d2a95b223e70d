using System.Collections.Concurrent;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>Collects events raised on a stream's receive loop and lets a test wait for the n-th.</summary>
internal sealed class EventLog<T>
{
    private readonly ConcurrentQueue<T> _items = new();

    public IReadOnlyList<T> Items => _items.ToArray();

    public int Count => _items.Count;

    public void Add(T item) => _items.Enqueue(item);

    public async Task<IReadOnlyList<T>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (_items.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"saw {_items.Count} of {count} events");
            }

            await Task.Delay(5);
        }

        return Items;
    }
}
