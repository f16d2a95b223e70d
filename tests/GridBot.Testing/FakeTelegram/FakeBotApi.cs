using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GridBot.Testing.FakeTelegram;

/// <summary>
/// A local stand-in for the Telegram Bot API on Kestrel at 127.0.0.1 (a free port): <c>POST /bot{token}/{method}</c>
/// with JSON or multipart bodies, answered as Telegram does (<c>{"ok":true,"result":…}</c>). Every call is recorded
/// (<see cref="Calls"/>). sendMessage with <c>parse_mode</c> MarkdownV2 is checked as Telegram checks it: an
/// unescaped reserved character or more than 4,096 characters is a 400 with Telegram's description. Scripted
/// failures (<see cref="Enqueue"/>) answer the next matching calls, e.g. a 429 with <c>parameters.retry_after</c>.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private const string Reserved = "_*[]()~`>#+-=|{}.!";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<BotApiReply> _script = new();
    private readonly ConcurrentQueue<BotApiCall> _calls = new();
    private int _messageIds;

    private FakeBotApi(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.Single());

    public IReadOnlyList<BotApiCall> Calls => [.. _calls];

    /// <summary>How long each call is held before it is answered (default none).</summary>
    public TimeSpan Latency { get; set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeBotApi(app);
        app.MapPost("/bot{token}/{method}", (HttpContext context, string token, string method) => api.HandleAsync(context, token, method));
        await app.StartAsync();
        return api;
    }

    /// <summary>The next call (of <see cref="BotApiReply.Method"/>, or any) is answered with this error.</summary>
    public void Enqueue(BotApiReply reply) => _script.Enqueue(reply);

    public IReadOnlyList<BotApiCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public void Clear() => _calls.Clear();

    /// <summary>
    /// Waits until no call has arrived for <paramref name="quiet"/> (at most 10 s): notifications are sent from a queue
    /// after the request that caused them has been answered, so a test that counts calls lets them land first.
    /// </summary>
    public async Task QuietAsync(TimeSpan? quiet = null)
    {
        var span = quiet ?? TimeSpan.FromMilliseconds(300);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var count = _calls.Count;
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow - since < span && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            if (_calls.Count != count)
            {
                count = _calls.Count;
                since = DateTime.UtcNow;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var request = context.Request;
        string json = string.Empty;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<BotApiFile>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                fields[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files.Add(new BotApiFile(file.Name, file.FileName, buffer.ToArray()));
            }
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            json = await reader.ReadToEndAsync();
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        var (status, body) = Answer(method, json, fields);
        _calls.Enqueue(new BotApiCall(method, token, json, fields, files, status));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    private (int Status, string Body) Answer(string method, string json, Dictionary<string, string> fields)
    {
        if (_script.TryPeek(out var scripted) && (scripted.Method is null || scripted.Method == method) && _script.TryDequeue(out scripted))
        {
            return (scripted.Status, Error(scripted.Status, scripted.Description, scripted.RetryAfter));
        }

        var call = new BotApiCall(method, string.Empty, json, fields, [], 200);
        if (method == "sendMessage" && call.Value("parse_mode") == "MarkdownV2" && MarkdownProblem(call.Value("text") ?? string.Empty) is { } problem)
        {
            return (400, Error(400, problem, null));
        }

        return method switch
        {
            "sendMessage" or "sendDocument" => (200, Ok(Message(call))),
            _ => (200, Ok("true")),
        };
    }

    private string Message(BotApiCall call)
    {
        var chat = call.Value("chat_id") ?? "0";
        var id = Interlocked.Increment(ref _messageIds);
        return $$"""{"message_id":{{id}},"date":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"chat":{"id":{{chat}},"type":"private"},"text":{{JsonSerializer.Serialize(call.Value("text") ?? string.Empty)}}}""";
    }

    /// <summary>Telegram's check of plain MarkdownV2 text (no markup): every reserved character escaped, 1–4096 characters.</summary>
    public static string? MarkdownProblem(string text)
    {
        if (text.Length is 0 or > 4096)
        {
            return text.Length == 0 ? "Bad Request: message text is empty" : "Bad Request: message is too long";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                if (i + 1 >= text.Length || text[i + 1] is < (char)1 or > (char)126)
                {
                    return $"Bad Request: can't parse entities: Character '\\' at offset {i} escapes nothing";
                }

                i++;
            }
            else if (Reserved.Contains(text[i], StringComparison.Ordinal))
            {
                return $"Bad Request: can't parse entities: Character '{text[i]}' is reserved and must be escaped with the preceding '\\'";
            }
        }

        return null;
    }

    private static string Ok(string result) => $$"""{"ok":true,"result":{{result}}}""";

    private static string Error(int code, string description, int? retryAfter) => retryAfter is { } seconds
        ? $$$"""{"ok":false,"error_code":{{{code}}},"description":{{{JsonSerializer.Serialize(description)}}},"parameters":{"retry_after":{{{seconds}}}}}"""
        : $$"""{"ok":false,"error_code":{{code}},"description":{{JsonSerializer.Serialize(description)}}}""";
}
