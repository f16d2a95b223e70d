namespace GridBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-";

    [Fact]
    public void Problems_NoToken_TelegramOffAndValid()
    {
        var options = new TelegramOptions { WebhookSecret = "!!", AllowedChatIds = "x" };

        options.Enabled.Should().BeFalse();
        options.Problems().Should().BeEmpty();
    }

    [Fact]
    public void Problems_TokenSecretAndChats_Valid()
    {
        var options = new TelegramOptions { BotToken = Token, WebhookSecret = "s3cr3t_-X", AllowedChatIds = " 42; -100123 ,7" };

        options.Problems().Should().BeEmpty();
        options.ChatIds().Should().Equal(42, -100123, 7);
    }

    [Theory]
    [InlineData("not-a-token", "s3cr3t", "1", "Telegram:BotToken")]
    [InlineData(Token, null, "1", "Telegram:WebhookSecret: set")]
    [InlineData(Token, "has space", "1", "Telegram:WebhookSecret must")]
    [InlineData(Token, "ünïcode", "1", "Telegram:WebhookSecret must")]
    [InlineData(Token, "s3cr3t", null, "Telegram:AllowedChatIds: set")]
    [InlineData(Token, "s3cr3t", " , ;", "Telegram:AllowedChatIds: set")]
    [InlineData(Token, "s3cr3t", "42,abc", "'abc' is not a chat id")]
    public void Problems_BadSetting_NamesTheKeyAndNeverTheSecret(string token, string? secret, string? chats, string expected)
    {
        var options = new TelegramOptions { BotToken = token, WebhookSecret = secret, AllowedChatIds = chats };

        var problems = options.Problems().ToList();

        problems.Should().ContainSingle(p => p.Contains(expected, StringComparison.Ordinal));
        problems.Should().NotContain(p => p.Contains(Token, StringComparison.Ordinal) || (secret != null && p.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public void Problems_SecretOf257Characters_Refused() =>
        new TelegramOptions { BotToken = Token, WebhookSecret = new string('a', 257), AllowedChatIds = "1" }.Problems().Should().ContainSingle();

    [Theory]
    [InlineData("ftp://api.telegram.org")]
    [InlineData("api.telegram.org")]
    [InlineData("")]
    public void Problems_ApiBaseUrlNotHttp_NamesIt(string url) =>
        new TelegramOptions { BotToken = Token, WebhookSecret = "s", AllowedChatIds = "1", ApiBaseUrl = url }.Problems()
            .Should().ContainSingle(p => p.StartsWith("Telegram:ApiBaseUrl", StringComparison.Ordinal));
}
