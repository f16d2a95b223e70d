using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>A bare ClientWebSocket for talking to the fake venues' streams without any client code under test.</summary>
internal sealed class RawSocket : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket = new();
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private Task _receiving = Task.CompletedTask;

    /// <summary>Set when the server closed the connection (close frame or reset).</summary>
    public TaskCompletionSource<WebSocketCloseStatus?> Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<RawSocket> ConnectAsync(Uri url)
    {
        var raw = new RawSocket();
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            await raw._socket.ConnectAsync(url, timeout.Token);
        }
        catch
        {
            raw._socket.Dispose();
            throw;
        }

        raw._receiving = raw.ReceiveAsync();
        return raw;
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task<JsonNode> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        return JsonNode.Parse(await _received.Reader.ReadAsync(timeout.Token))!;
    }

    /// <summary>Sends <paramref name="text"/> and returns the next message.</summary>
    public async Task<JsonNode> AskAsync(string text)
    {
        await SendAsync(text);
        return await NextAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Closed.TrySetResult(result.CloseStatus);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _received.Writer.TryWrite(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Closed.TrySetResult(null);
        }
    }
}
