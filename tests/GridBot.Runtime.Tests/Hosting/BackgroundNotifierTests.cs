using System.Collections.Concurrent;
using GridBot.Core.Ports;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Tests.Hosting;

/// <summary>
/// The remote notifier's queue: a bot's operation never waits for a chat (Telegram's 429s wait up to 30 s), messages
/// keep their order, a failed send does not stop the next, a full queue drops the oldest and says so, and disposing
/// sends what is queued (for a bounded time).
/// </summary>
public sealed class BackgroundNotifierTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task NotifyAsync_InnerBlocked_ReturnsAtOnceAndSendsInOrderOnceItMoves()
    {
        var inner = new GatedNotifier();
        await using var notifier = new BackgroundNotifier(inner, new ListLogger());

        var queued = Task.WhenAll(Enumerable.Range(0, 5).Select(i => notifier.NotifyAsync("b1", $"m{i}", CancellationToken.None)));

        queued.IsCompletedSuccessfully.Should().BeTrue("queuing never waits for the chat");
        inner.Sent.Should().BeEmpty();
        inner.Open();
        await inner.WaitForAsync(5, Wait);
        inner.Sent.Should().Equal("b1:m0", "b1:m1", "b1:m2", "b1:m3", "b1:m4");
    }

    [Fact]
    public async Task SendFails_LoggedAndTheNextIsSent()
    {
        var inner = new GatedNotifier { FailOn = "bad" };
        inner.Open();
        var log = new ListLogger();
        await using var notifier = new BackgroundNotifier(inner, log);

        await notifier.NotifyAsync("b1", "bad", CancellationToken.None);
        await notifier.NotifyAsync("b1", "good", CancellationToken.None);

        await inner.WaitForAsync(1, Wait);
        inner.Sent.Should().Equal("b1:good");
        log.Lines.Should().ContainSingle(l => l.Contains("could not be sent", StringComparison.Ordinal) && l.Contains("chat down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueFull_OldestDroppedAndTheDropLogged()
    {
        var inner = new GatedNotifier();
        var log = new ListLogger();
        await using var notifier = new BackgroundNotifier(inner, log);
        await notifier.NotifyAsync("b1", "first", CancellationToken.None);
        await inner.Entered.Task.WaitAsync(Wait); // the loop holds "first"; the queue is empty behind it

        for (var i = 0; i < BackgroundNotifier.Capacity + 10; i++)
        {
            await notifier.NotifyAsync("b1", $"m{i}", CancellationToken.None);
        }

        inner.Open();
        await inner.WaitForAsync(1 + BackgroundNotifier.Capacity, Wait);
        inner.Sent.Should().HaveCount(1 + BackgroundNotifier.Capacity);
        inner.Sent[1].Should().Be("b1:m10", "the ten oldest queued were dropped");
        inner.Sent[^1].Should().Be($"b1:m{BackgroundNotifier.Capacity + 9}");
        log.Lines.Should().Contain(l => l.Contains("10 message(s) dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisposeAsync_SendsWhatIsQueuedTextAndDocumentsInOrder()
    {
        var inner = new GatedNotifier();
        var notifier = new BackgroundNotifier(inner, new ListLogger());
        await notifier.NotifyAsync("report", "summary", CancellationToken.None);
        await notifier.SendDocumentAsync("a.csv", new byte[] { 1 }, null, CancellationToken.None);
        await notifier.NotifyAsync("b1", "after", CancellationToken.None);

        inner.Open();
        await notifier.DisposeAsync();

        inner.Sent.Should().Equal("report:summary", "doc:a.csv", "b1:after");
    }

    [Fact]
    public async Task DisposeAsync_ChatStuck_GivesUpAfterTheDrainTimeAndLogsWhatWasLeft()
    {
        var inner = new GatedNotifier(); // never opened: the first send waits until cancelled
        var log = new ListLogger();
        var notifier = new BackgroundNotifier(inner, log);
        await notifier.NotifyAsync("b1", "stuck", CancellationToken.None);
        await notifier.NotifyAsync("b1", "left", CancellationToken.None);
        await inner.Entered.Task.WaitAsync(Wait);

        var disposing = notifier.DisposeAsync().AsTask();

        (await Task.WhenAny(disposing, Task.Delay(BackgroundNotifier.DrainTime + Wait))).Should().BeSameAs(disposing, "dispose is bounded");
        inner.Sent.Should().BeEmpty();
        log.Lines.Should().Contain(l => l.Contains("1 message(s) not sent", StringComparison.Ordinal));
    }

    /// <summary>Records what it sends once opened; until then each send waits (honouring cancellation).</summary>
    private sealed class GatedNotifier : INotifier, IDocumentNotifier
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<string> _sent = new();

        public string? FailOn { get; init; }

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Sent => [.. _sent];

        public void Open() => _gate.TrySetResult();

        public Task NotifyAsync(string botId, string text, CancellationToken ct) => RecordAsync($"{botId}:{text}", text == FailOn, ct);

        public Task SendDocumentAsync(string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken ct) => RecordAsync($"doc:{fileName}", false, ct);

        public async Task WaitForAsync(int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (_sent.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }

        private async Task RecordAsync(string what, bool fail, CancellationToken ct)
        {
            Entered.TrySetResult();
            await _gate.Task.WaitAsync(ct);
            if (fail)
            {
                throw new HttpRequestException("chat down");
            }

            _sent.Enqueue(what);
        }
    }

    private sealed class ListLogger : ILogger<BackgroundNotifier>
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception));
    }
}
