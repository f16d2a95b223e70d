using FsCheck;
using FsCheck.Fluent;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// 1,000 generated bodies — random text, JSON of the wrong shape, and create/limits/reason objects whose fields hold
/// every JSON kind with extreme values — against the routes that read a body: never a 5xx, every refusal is problem
/// details, and no bot appears from a body the API refused.
/// </summary>
public sealed class ServeFuzzTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private static readonly string[] CreateFields = ["botId", "venue", "market", "symbol", "mode", "lower", "upper", "levels", "spacing", "quotePerLevel", "quantity", "capital", "limits", "flattenSeconds"];
    private static readonly string[] LimitFields = ["maxDrawdownPct", "maxDailyLossPct", "maxPositionValue", "maxOrderValue", "maxConsecutiveLosses", "maxApiErrors", "maxPriceDeviationPct"];

    private static Gen<string> JsonValue => Gen.OneOf(
        Gen.Elements("null", "true", "false", "0", "-1", "1e308", "-1e308", "79228162514264337593543950336", "0.0000000000000000000000000001",
            "1.5", "\"\"", "\"binance\"", "\"spot\"", "\"paper\"", "\"BTCUSDT\"", "\"fz1\"", "\"x\\u0000y\"", "[]", "{}", "[1,2,3]", "{\"a\":1}",
            "\"" + new string('a', 5000) + "\"", "99999999999999999999", "NaN", "\"NaN\"", "\"2\""),
        ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ArbMap.Default.GeneratorFor<decimal>().Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Gen<string> ObjectOf(string[] fields) =>
        Gen.ListOf(Gen.Elements(fields).SelectMany(f => JsonValue.Select(v => $"\"{f}\":{v}")))
            .Select(pairs => "{" + string.Join(",", pairs) + "}");

    private static Gen<string> Body => Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        ObjectOf(CreateFields),
        ObjectOf(LimitFields),
        ObjectOf(["reason"]),
        ObjectOf(["rolloutStage", "exchangeProfile", "explorationRate", "onlineLearning"]),
        Gen.Elements("", "{", "[", "{\"botId\":", "{}{}", "\"text\"", "{\"levels\":1e999}", ServeApp.PaperBot("fz-bad id!")));

    [Fact]
    public async Task GeneratedBodies_OnEveryBodyRoute_NeverA5xxAndRefusalsAreProblemDetails()
    {
        var app = fixture.App;
        await app.CreatePaperBotAsync("fz1");
        var before = await app.BotCountAsync();
        var routes = new (HttpMethod Method, string Path)[] { (HttpMethod.Post, "/api/bots"), (HttpMethod.Put, "/api/bots/fz1/limits"), (HttpMethod.Post, "/api/bots/fz1/pause"), (HttpMethod.Put, "/api/operator") };
        var cases = Gen.Zip(Body, Gen.Choose(0, routes.Length - 1)).Sample(1_000, 50);
        var created = 0;
        var bad = new List<string>();

        foreach (var (body, route) in cases)
        {
            var response = await app.SendAsync(routes[route].Method, routes[route].Path, body);
            created += response.Status == 201 ? 1 : 0;
            if (response.Status >= 500 || (response.Status >= 400 && response.ContentType != "application/problem+json"))
            {
                bad.Add($"{routes[route].Method} {routes[route].Path} {response.Status} {response.ContentType}: {body[..Math.Min(body.Length, 200)]}");
            }
        }

        cases.Should().HaveCount(1_000);
        bad.Should().BeEmpty();
        (await app.BotCountAsync()).Should().Be(before + created, "only bodies answered 201 made bots");
    }
}
