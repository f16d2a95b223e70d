using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GridBot.Runtime.Dashboard;

namespace GridBot.Cli.Tests.Serve;

/// <summary>The dashboard's page and chart route in <c>gridbot serve</c>, in memory.</summary>
public sealed partial class ServeDashboardTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ServeApp _app = fixture.App;

    [Fact]
    public async Task Chart_StartedBot_Returns200WithLevelsFillsAndLastPrice()
    {
        await _app.CreatePaperBotAsync("dash1");
        (await _app.PostAsync("/api/bots/dash1/start")).Status.Should().Be(200);

        var chart = await _app.GetAsync("/api/bots/dash1/chart");

        chart.Status.Should().Be(200, chart.Body);
        var body = chart.Json();
        body.GetProperty("botId").GetString().Should().Be("dash1");
        body.GetProperty("symbol").GetString().Should().Be("BTCUSDT");
        body.GetProperty("status").GetString().Should().Be("Running");
        var levels = body.GetProperty("levels").EnumerateArray().Select(l => l.GetDecimal()).ToList();
        levels.Should().HaveCount(11).And.BeInAscendingOrder();
        levels[0].Should().Be(55000m);
        levels[^1].Should().Be(65000m);
        var fills = body.GetProperty("fills").EnumerateArray().ToList();
        fills.Should().NotBeEmpty();
        fills[0].GetProperty("side").GetString().Should().Be("Buy");
        fills[0].GetProperty("price").GetDecimal().Should().BePositive();
        fills[0].GetProperty("quantity").GetDecimal().Should().BePositive();
        fills[0].GetProperty("timeMs").GetInt64().Should().BeInRange(body.GetProperty("fromMs").GetInt64(), body.GetProperty("toMs").GetInt64());
        body.GetProperty("lastPrice").GetDecimal().Should().BePositive();
        body.GetProperty("bars").GetArrayLength().Should().Be(0, "the test store has no bars");
    }

    [Fact]
    public async Task Chart_CreatedBot_LevelsFromTheSpecAndNoFills()
    {
        await _app.CreatePaperBotAsync("dash2");

        var body = (await _app.GetAsync("/api/bots/dash2/chart")).Json();

        body.GetProperty("levels").GetArrayLength().Should().Be(11);
        body.GetProperty("fills").GetArrayLength().Should().Be(0);
        body.GetProperty("lastPrice").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Chart_UnknownBot_Returns404Problem()
    {
        var chart = await _app.GetAsync("/api/bots/nobody/chart");

        chart.Status.Should().Be(404);
        chart.ContentType.Should().Be("application/problem+json");
        chart.Detail.Should().Contain("nobody");
    }

    [Fact]
    public async Task Chart_MissingOrWrongKey_Returns401()
    {
        await _app.CreatePaperBotAsync("dash3");

        (await _app.GetAsync("/api/bots/dash3/chart", key: null)).Status.Should().Be(401);
        (await _app.GetAsync("/api/bots/dash3/chart", key: "wrong-key-0123456789abcdef")).Status.Should().Be(401);
        (await _app.SendAsync(HttpMethod.Get, "/api/bots/dash3/chart", keyInQuery: true)).Status.Should().Be(200);
    }

    [Fact]
    public async Task Dashboard_Anonymous_ServesThePageWithSecurityHeaders()
    {
        using var response = await _app.Client.GetAsync("/api/dashboard");
        var html = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().StartWith("default-src 'none';").And.Contain("connect-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe");
        csp.Should().Contain($"script-src {Sha256(Block(html, "script"))};").And.Contain($"style-src {Sha256(Block(html, "style"))};");
        AssertSelfContained(html);
    }

    [Fact]
    public async Task Root_RedirectsToTheDashboard()
    {
        using var response = await _app.Client.GetAsync("/");

        ((int)response.StatusCode).Should().Be(302);
        response.Headers.Location!.ToString().Should().Be("/api/dashboard");
    }

    [Fact]
    public void DashboardPage_Policy_HashesTheEmbeddedScriptAndStyle()
    {
        var html = Encoding.UTF8.GetString(DashboardPage.Html.Span);

        DashboardPage.ContentSecurityPolicy.Should().Be(DashboardPage.PolicyFor(html));
        DashboardPage.ContentSecurityPolicy.Should().Contain(Sha256(Block(html, "script")));
        AssertSelfContained(html);
    }

    /// <summary>No external asset: no http(s) URL in a src, href, action or CSS url(), no import, no inline handler attributes.</summary>
    internal static void AssertSelfContained(string html)
    {
        ExternalReference().Matches(html).Select(m => m.Value).Should().BeEmpty();
        InlineHandler().Matches(html).Select(m => m.Value).Should().BeEmpty("the CSP allows no inline event handlers");
        html.Should().NotContain("innerHTML").And.NotContain("outerHTML").And.NotContain("insertAdjacentHTML").And.NotContain("document.write");
        html.Should().NotContain("@import").And.NotContain("@font-face");
    }

    internal static string Block(string html, string tag) =>
        Regex.Match(html, $"<{tag}>(.*?)</{tag}>", RegexOptions.Singleline).Groups[1].Value;

    internal static string Sha256(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [GeneratedRegex(@"(?:src|href|action|srcset)\s*=\s*[""']?\s*(?:https?:)?//|url\(\s*[""']?\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
