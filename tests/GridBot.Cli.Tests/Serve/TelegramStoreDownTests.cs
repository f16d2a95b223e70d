using GridBot.Testing;
using GridBot.Testing.FakeTelegram;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// Telegram commands while the store refuses every request (Azure storage on the project's Azurite with a wrong
/// account key): the webhook still answers 200 (no redelivery) and the chat is told the store is unavailable, for the
/// commands that go through the control service and for the report views that read the store directly.
/// </summary>
public sealed class TelegramStoreDownTests : IAsyncLifetime
{
    private Azurite? _azurite;
    private FakeBinance? _venue;
    private FakeBotApi? _api;
    private ServeApp? _app;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _api = await FakeBotApi.StartAsync();
        var settings = new Dictionary<string, string?>(TelegramServe.Settings(_api.BaseUrl))
        {
            ["Storage:Kind"] = "Azure",
            ["Storage:ConnectionString"] = _azurite.ConnectionStringWith(Convert.ToBase64String(new byte[64])),
        };
        _app = await ServeApp.StartAsync(_venue, settings: settings);
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

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("/bots", "unavailable")]
    [InlineData("/daily", "The store is unavailable; nothing was done")]
    [InlineData("/weekly", "The store is unavailable; nothing was done")]
    [InlineData("/stage 3", "unavailable")]
    public async Task Command_StoreRefusing_200AndTheChatIsToldItIsUnavailable(string command, string told)
    {
        var before = _api!.Calls.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram")
        {
            Content = new StringContent(TelegramServe.Message(TelegramServe.Chat, command), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramServe.Secret);

        using var response = await _app!.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200, await response.Content.ReadAsStringAsync());
        var replies = TelegramServe.Replies(_api.Calls.Skip(before)).Where(c => c.Method == "sendMessage").Select(TelegramServe.Plain).ToList();
        replies.Should().ContainSingle().Which.Should().Contain(told).And.Contain("403");
    }
}
