using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Streaming;

public sealed partial class ReconnectingWebSocket
{
    private async Task<string> ReceiveWithHeartbeatAsync(ClientWebSocket socket, CancellationTokenSource connection)
    {
        var heartbeat = _options.PingInterval is { } interval ? PingAsync(interval, connection) : Task.CompletedTask;
        try
        {
            return await ReceiveUntilClosedAsync(socket, connection.Token).ConfigureAwait(false);
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private async Task<string> ReceiveUntilClosedAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var chunk = new byte[16 * 1024];
        var message = new ArrayBufferWriter<byte>(chunk.Length);
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk.AsMemory(), ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync(socket).ConfigureAwait(false);
                return $"closed by the server ({socket.CloseStatus}: {socket.CloseStatusDescription})";
            }

            if (message.WrittenCount + result.Count > _options.MaxMessageBytes)
            {
                return $"message over {_options.MaxMessageBytes} bytes";
            }

            message.Write(chunk.AsSpan(0, result.Count));
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Text)
            {
                Raise(MessageReceived, Encoding.UTF8.GetString(message.WrittenSpan));
            }

            message.ResetWrittenCount();
        }
    }

    private async Task AnswerCloseAsync(ClientWebSocket socket)
    {
        if (socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_options.CloseTimeout, _time);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or InvalidOperationException)
        {
            LogCloseFailed(_logger, _url, e.Message);
        }
    }

    /// <summary>The application heartbeat; a failed ping drops the connection so the loop reconnects.</summary>
    private async Task PingAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Token).ConfigureAwait(false))
            {
                await SendAsync(_options.PingMessage, connection.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended: the heartbeat ends with it.
        }
        catch (Exception e) when (e is WebSocketException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            Restart($"ping failed: {e.Message}");
        }
    }

    private void Raise<T>(Action<T>? handler, T argument) => StreamEvents.Raise(handler, argument, _logger, _url.ToString());

    [LoggerMessage(Level = LogLevel.Information, Message = "{Url}: reconnecting in {DelayMs:F0} ms (attempt {Attempt})")]
    private static partial void LogReconnecting(ILogger logger, Uri url, double delayMs, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Url}: connect failed: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Url}: disconnected: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Url}: close handshake failed: {Reason}")]
    private static partial void LogCloseFailed(ILogger logger, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Url}: close handshake timed out, aborting")]
    private static partial void LogCloseTimedOut(ILogger logger, Uri url);
}
