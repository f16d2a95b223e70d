using FsCheck;
using FsCheck.Fluent;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// 1,000 generated webhook bodies — random text, updates whose fields hold every JSON kind, and real-looking updates
/// with random text and callback data — with the right secret: never a 5xx, refusals are problem details, and no bot
/// changes state (the chats' commands can only reach bots the generator never names).
/// </summary>
public sealed class TelegramFuzzTests(TelegramServe t) : IClassFixture<TelegramServe>
{
    private static Gen<string> JsonValue => Gen.OneOf(
        Gen.Elements("null", "true", "0", "-1", "1e308", "99999999999999999999", "1.5", "\"\"", "\"/help\"", "\"/stop fz_bot\"", "[]", "{}",
            "{\"id\":42}", "{\"id\":\"42\"}", "{\"chat\":{\"id\":42}}", "{\"chat\":{\"id\":42,\"type\":\"private\"},\"text\":\"/bots\"}", "\"x\\u0000y\""),
        ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Gen<string> Fields => Gen.ListOf(Gen.Elements("update_id", "message", "callback_query", "edited_message", "text", "chat", "data", "id", "from")
        .SelectMany(f => JsonValue.Select(v => $"\"{f}\":{v}"))).Select(p => "{" + string.Join(",", p) + "}");

    private static Gen<string> Body => Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        Fields,
        ArbMap.Default.GeneratorFor<string>().Select(s => TelegramServe.Message(TelegramServe.Chat, s ?? string.Empty)),
        ArbMap.Default.GeneratorFor<string>().Select(s => TelegramServe.Callback(TelegramServe.Chat, s ?? string.Empty)));

    [Fact]
    public async Task GeneratedBodies_NeverA5xxAndNoBotChanges()
    {
        await t.App.CreatePaperBotAsync("fz_bot");
        var bad = new List<string>();

        foreach (var body in Body.Sample(1_000, 60))
        {
            var response = await t.PostAsync(body);
            if (response.Status >= 500 || (response.Status != 200 && response.ContentType != "application/problem+json"))
            {
                bad.Add($"{response.Status} {response.ContentType}: {body[..Math.Min(body.Length, 200)]}");
            }
        }

        bad.Should().BeEmpty();
        (await t.App.StatusAsync("fz_bot")).Should().Be("Created");
        t.Api.Calls.Should().NotContain(c => c.Status == 400, "every reply was valid MarkdownV2 whatever the user typed");
    }
}
