using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GridBot.Testing.FakeTelegram;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// <c>gridbot serve</c> with Telegram on: a fake Binance for prices, the stand-in Bot API for what the bot sends, and
/// <see cref="ServeApp"/> in memory or on Kestrel. Updates are posted to <c>/api/telegram</c> as Telegram posts them.
/// </summary>
public sealed class TelegramServe : IAsyncLifetime
{
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-";
    public const string Secret = "tg-secret_0123456789";
    public const long Chat = 42;
    public const long Group = -100123;
    public const long Stranger = 999;

    private static int _updateIds = 1000;
    private FakeBinance? _venue;
    private FakeBotApi? _api;
    private ServeApp? _app;
    private readonly IReadOnlyDictionary<string, string?>? _settings;

    public TelegramServe()
        : this(kestrel: false)
    {
    }

    internal TelegramServe(bool kestrel, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Kestrel = kestrel;
        _settings = settings;
    }

    public bool Kestrel { get; }

    internal ServeApp App => _app!;

    public FakeBotApi Api => _api!;

    public static IReadOnlyDictionary<string, string?> Settings(Uri api) => new Dictionary<string, string?>
    {
        ["Telegram:BotToken"] = Token,
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:AllowedChatIds:0"] = Chat.ToString(CultureInfo.InvariantCulture),
        ["Telegram:AllowedChatIds:1"] = Group.ToString(CultureInfo.InvariantCulture),
        ["Telegram:ApiBaseUrl"] = api.ToString().TrimEnd('/'),
    };

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _api = await FakeBotApi.StartAsync();
        var settings = new Dictionary<string, string?>(Settings(_api.BaseUrl));
        foreach (var (key, value) in _settings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _app = await ServeApp.StartAsync(_venue, Kestrel, settings);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }
    }

    public static long NextUpdateId() => Interlocked.Increment(ref _updateIds);

    public static string Message(long chat, string text, long? updateId = null) => $$$"""
        {"update_id":{{{updateId ?? NextUpdateId()}}},"message":{"message_id":7,"from":{"id":{{{chat}}},"is_bot":false,"first_name":"Op"},
         "chat":{"id":{{{chat}}},"type":"{{{(chat < 0 ? "supergroup" : "private")}}}"},"date":1764936000,"text":{{{JsonSerializer.Serialize(text)}}},
         "entities":[{"offset":0,"length":{{{text.Split(' ')[0].Length}}},"type":"bot_command"}]}}
        """;

    public static string Callback(long chat, string data, long? updateId = null) => $$$"""
        {"update_id":{{{updateId ?? NextUpdateId()}}},"callback_query":{"id":"cb-{{{updateId ?? 0}}}","from":{"id":{{{chat}}},"is_bot":false,"first_name":"Op"},
         "message":{"message_id":8,"chat":{"id":{{{chat}}},"type":"private"},"date":1764936000,"text":"Flatten?"},
         "chat_instance":"-1234","data":{{{JsonSerializer.Serialize(data)}}}}}
        """;

    /// <summary>Posts a body to the webhook with the secret header (or <paramref name="secret"/>, none when null).</summary>
    internal async Task<ServeApp.Response> PostAsync(string body, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await App.Client.SendAsync(request);
        return new ServeApp.Response((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, string.Empty, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Sends a command from <paramref name="chat"/> and returns the calls it made to the Bot API, without the bots'
    /// own notifications (<c>[botId] …</c> to every allowed chat, which a lifecycle change also sends).
    /// </summary>
    public async Task<IReadOnlyList<BotApiCall>> CommandAsync(string text, long chat = Chat)
    {
        var before = Api.Calls.Count;
        var response = await PostAsync(Message(chat, text));
        response.Status.Should().Be(200, response.Body);
        return Replies(Api.Calls.Skip(before));
    }

    /// <summary>
    /// The notifications since call <paramref name="before"/> that contain <paramref name="text"/>, once at least
    /// <paramref name="count"/> have arrived (they are sent from a queue, after the webhook has answered), plus any that
    /// arrive in a short grace period after that, so a test can also see one too many.
    /// </summary>
    public async Task<IReadOnlyList<BotApiCall>> NotificationsAsync(int before, string text, int count)
    {
        List<BotApiCall> Matching() => [.. Api.Calls.Skip(before).Where(c => IsNotification(c) && Plain(c).Contains(text, StringComparison.Ordinal))];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Matching().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await Task.Delay(200);
        return Matching();
    }

    public static IReadOnlyList<BotApiCall> Replies(IEnumerable<BotApiCall> calls) =>
        [.. calls.Where(c => !IsNotification(c))];

    public static bool IsNotification(BotApiCall call) => call.Method == "sendMessage" && (call.Value("text") ?? string.Empty).StartsWith(@"\[", StringComparison.Ordinal);

    public async Task<IReadOnlyList<BotApiCall>> PressAsync(string data, long chat = Chat)
    {
        var before = Api.Calls.Count;
        var response = await PostAsync(Callback(chat, data));
        response.Status.Should().Be(200, response.Body);
        return Replies(Api.Calls.Skip(before));
    }

    /// <summary>The text of a sendMessage as a person reads it (escapes removed).</summary>
    public static string Plain(BotApiCall call)
    {
        var text = call.Value("text") ?? string.Empty;
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>The callback data of the buttons on a sendMessage.</summary>
    public static IReadOnlyList<(string Text, string Data)> Buttons(BotApiCall call)
    {
        using var doc = JsonDocument.Parse(call.Json);
        return doc.RootElement.TryGetProperty("reply_markup", out var markup)
            ? [.. markup.GetProperty("inline_keyboard").EnumerateArray().SelectMany(r => r.EnumerateArray())
                .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("callback_data").GetString()!))]
            : [];
    }
}
