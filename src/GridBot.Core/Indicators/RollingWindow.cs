namespace GridBot.Core.Indicators;

/// <summary>
/// Fixed-capacity ring buffer of the last <c>capacity</c> values with a running sum. Allocates only in its
/// constructor. Not thread-safe.
/// </summary>
internal sealed class RollingWindow
{
    private readonly double[] _items;
    private int _next;
    private int _count;
    private double _sum;

    public RollingWindow(int capacity)
    {
        _items = new double[capacity];
    }

    public int Count => _count;

    public bool IsFull => _count == _items.Length;

    /// <summary>Mean of the values held; the running sum is re-added from scratch once per lap, so drift stays bounded.</summary>
    public double Mean => _sum / _count;

    public void Add(double value)
    {
        if (IsFull)
        {
            _sum -= _items[_next];
        }
        else
        {
            _count++;
        }

        _items[_next] = value;
        _sum += value;
        _next = (_next + 1) % _items.Length;
        if (_next == 0)
        {
            ResyncSum();
        }
    }

    /// <summary>
    /// Population variance (divide by N) about <paramref name="mean"/>, by a pass over the window. O(N), but free of
    /// the cancellation that Σx² − N·mean² suffers when prices are large and the spread is small.
    /// </summary>
    public double PopulationVariance(double mean)
    {
        var squares = 0.0;
        for (var i = 0; i < _count; i++)
        {
            var d = _items[i] - mean;
            squares += d * d;
        }

        return squares / _count;
    }

    public void Clear()
    {
        Array.Clear(_items);
        _next = 0;
        _count = 0;
        _sum = 0.0;
    }

    private void ResyncSum()
    {
        var sum = 0.0;
        for (var i = 0; i < _count; i++)
        {
            sum += _items[i];
        }

        _sum = sum;
    }
}
