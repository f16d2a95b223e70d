using System.Net.Http.Headers;
using System.Text;

namespace GridBot.Cli.Tests.Serve;

/// <summary>Bodies over 64 KiB are refused with 413 and change nothing, by Content-Length or when streamed without one.</summary>
public sealed class ServeBodyLimitTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ServeApp _app = fixture.App;

    [Fact]
    public async Task CreateBot_HugeBody_Returns413AndStoresNothing()
    {
        var before = await _app.BotCountAsync();

        var response = await _app.PostAsync("/api/bots", Huge("big1"));

        response.Status.Should().Be(413);
        response.ContentType.Should().Be("application/problem+json");
        response.Detail.Should().Contain("65536");
        (await _app.BotCountAsync()).Should().Be(before);
        (await _app.GetAsync("/api/bots/big1")).Status.Should().Be(404);
    }

    [Fact]
    public async Task UpdateLimits_HugeChunkedBody_Returns413AndChangesNothing()
    {
        await _app.CreatePaperBotAsync("big2");
        var before = (await _app.GetAsync("/api/bots/big2")).Body;
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/bots/big2/limits")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"maxDrawdownPct\":5" + new string(' ', 100_000) + "}"))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("x-functions-key", ServeApp.Key);

        using var response = await _app.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(413);
        (await _app.GetAsync("/api/bots/big2")).Body.Should().Be(before);
    }

    [Fact]
    public async Task Command_BodyJustUnderTheLimit_IsRead()
    {
        await _app.CreatePaperBotAsync("big3");
        (await _app.PostAsync("/api/bots/big3/start")).Status.Should().Be(200);

        var paused = await _app.PostAsync("/api/bots/big3/pause", "{\"reason\":\"" + new string('r', 60_000) + "\"}");

        paused.Status.Should().Be(200, paused.Body.Length > 300 ? paused.Body[..300] : paused.Body);
    }

    internal static string Huge(string id) => ServeApp.PaperBot(id).TrimEnd().TrimEnd('}') + ",\"symbol\":\"" + new string('X', 70_000) + "\"}";
}
