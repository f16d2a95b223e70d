using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>The server side of one test WebSocket connection: messages from the client queue up; the script reads, sends or drops.</summary>
internal sealed class ServerConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly Channel<string> _inbox = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServerConnection(int index, WebSocket socket, HttpContext context)
    {
        Index = index;
        _socket = socket;
        _context = context;
        PathAndQuery = context.Request.Path + context.Request.QueryString; // read now: the context is gone after a drop
        Reader = Task.Run(ReadAsync);
    }

    public int Index { get; }

    public string PathAndQuery { get; }

    /// <summary>Completes when the client closed (true) or the connection broke (false).</summary>
    public Task Closed => _closed.Task;

    public bool ClosedByClient { get; private set; }

    internal Task Reader { get; }

    public async Task<string> NextAsync(TimeSpan? timeout = null) =>
        await _inbox.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(5));

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends one message split across two frames.</summary>
    public async Task SendFragmentedAsync(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var half = bytes.Length / 2;
        await _socket.SendAsync(bytes.AsMemory(0, half), WebSocketMessageType.Text, false, CancellationToken.None);
        await _socket.SendAsync(bytes.AsMemory(half), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Drop() => _context.Abort();

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedByClient = true;
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }

                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (result.EndOfMessage)
                {
                    await _inbox.Writer.WriteAsync(text.ToString());
                    text.Clear();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection was dropped: Closed completes below.
        }

        _inbox.Writer.TryComplete();
        _closed.TrySetResult();
    }
}
