using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// One accepted WebSocket of a fake venue. Incoming text messages are handed, one at a time and in order, to the
/// session's handler on the receive loop; <see cref="Send"/> only queues, so it can be called from any thread (market
/// events, the receive loop) without blocking, and one send loop writes the queue in order.
/// </summary>
internal sealed class FakeSocket
{
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(2);

    private readonly WebSocket _socket;
    private readonly Channel<Outgoing> _outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _life;
    private int _closed;

    public FakeSocket(WebSocket socket, int index, CancellationToken stopping)
    {
        _socket = socket;
        Index = index;
        _life = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    }

    /// <summary>1 for the first connection a venue accepted.</summary>
    public int Index { get; }

    /// <summary>Bybit's conn_id.</summary>
    public string ConnectionId => "fake-conn-" + Wire.Ms(Index);

    /// <summary>True once dropped, closing or closed: such a connection no longer counts as a live subscriber.</summary>
    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public void Send(string text) => _outbox.Writer.TryWrite(new Outgoing(text, null));

    /// <summary>Sends what is queued, then the close frame (e.g. after listenKeyExpired); aborts if the client does not answer.</summary>
    public void CloseAfterSending(WebSocketCloseStatus status, string description)
    {
        Volatile.Write(ref _closed, 1);
        _outbox.Writer.TryWrite(new Outgoing(description, status));
    }

    /// <summary>Drops the connection without a close handshake, as a network failure would.</summary>
    public void Abort()
    {
        Volatile.Write(ref _closed, 1);
        try
        {
            _life.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }

        _socket.Abort();
    }

    public async Task RunAsync(Action<string> onMessage)
    {
        var sending = SendLoopAsync(_life.Token);
        try
        {
            await ReceiveLoopAsync(onMessage, _life.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away or the venue is stopping: the connection is over either way.
        }
        finally
        {
            Volatile.Write(ref _closed, 1);
            _outbox.Writer.TryComplete();
            CancelAfter(CloseGrace);
            await sending;
            _life.Dispose();
        }
    }

    private async Task ReceiveLoopAsync(Action<string> onMessage, CancellationToken ct)
    {
        var chunk = new byte[8 * 1024];
        var message = new ArrayBufferWriter<byte>(chunk.Length);
        while (true)
        {
            var result = await _socket.ReceiveAsync(chunk.AsMemory(), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    CloseAfterSending(WebSocketCloseStatus.NormalClosure, string.Empty);
                }

                return;
            }

            message.Write(chunk.AsSpan(0, result.Count));
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Text)
                {
                    onMessage(Encoding.UTF8.GetString(message.WrittenSpan));
                }

                message.ResetWrittenCount();
            }
        }
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var item in _outbox.Reader.ReadAllAsync(ct))
            {
                if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
                {
                    return;
                }

                if (item.Close is { } status)
                {
                    await _socket.CloseOutputAsync(status, item.Text, ct);
                    CancelAfter(CloseGrace);
                    return;
                }

                await _socket.SendAsync(Encoding.UTF8.GetBytes(item.Text), WebSocketMessageType.Text, endOfMessage: true, ct);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The connection broke while sending: the receive loop ends with it.
        }
    }

    private void CancelAfter(TimeSpan delay)
    {
        try
        {
            _life.CancelAfter(delay);
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    private sealed record Outgoing(string Text, WebSocketCloseStatus? Close);
}
