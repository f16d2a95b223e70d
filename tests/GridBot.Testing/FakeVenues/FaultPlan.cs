namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Faults queued for the next matching requests, consumed in the order they were added (thread-safe).
/// A request matches an entry when the method matches (null or "*" = any) and the path is equal (ordinal,
/// ignoring case) or the entry's path is "*".
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>Number of fault firings still queued.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _entries.Sum(e => e.Remaining);
            }
        }
    }

    /// <summary>Fails the next <paramref name="times"/> requests matching <paramref name="method"/> and <paramref name="path"/>.</summary>
    public FaultPlan Add(string method, string path, Fault fault, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(method, path, fault) { Remaining = times });
        }

        return this;
    }

    /// <summary>Fails the next <paramref name="times"/> requests to <paramref name="path"/>, any method.</summary>
    public FaultPlan Add(string path, Fault fault, int times = 1) => Add("*", path, fault, times);

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal Fault? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var entry = _entries.FirstOrDefault(e => e.Matches(method, path));
            if (entry is null)
            {
                return null;
            }

            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    private sealed record Entry(string Method, string Path, Fault Fault)
    {
        public int Remaining { get; set; }

        public bool Matches(string method, string path) =>
            (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) &&
            (Path == "*" || string.Equals(Path, path, StringComparison.OrdinalIgnoreCase));
    }
}
