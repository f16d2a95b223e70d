using GridBot.Testing;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// Telegram commands while the store refuses every request (Azure storage on the project's Azurite with a wrong
/// account key): the webhook still answers 200 (no redelivery) and the chat is told the store is unavailable, for the
/// commands that go through the control service and for the report views that read the store directly.
/// </summary>
public sealed class TelegramStoreDownTests : IAsyncLifetime
{
    private Azurite? _azurite;
    private TelegramServe? _serve;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _serve = new TelegramServe(kestrel: false, new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "Azure",
            ["Storage:ConnectionString"] = _azurite.ConnectionStringWith(Convert.ToBase64String(new byte[64])),
        });
        await _serve.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
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
        var replies = await _serve!.CommandAsync(command);

        replies.Where(c => c.Method == "sendMessage").Select(TelegramServe.Plain).Should().ContainSingle()
            .Which.Should().Contain(told).And.Contain("403");
    }
}
