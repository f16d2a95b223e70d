using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GridFunctions.Durable;
using GridFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Http;

/// <summary>The dashboard's functions on the Durable engine (<see cref="FunctionApp"/>): the page and the chart route, as gridbot serve answers them.</summary>
public sealed class DashboardFunctionsTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private readonly FunctionApp _app = fixture.App;

    private DashboardFunctions Dashboard => ActivatorUtilities.CreateInstance<DashboardFunctions>(_app.Services);

    [Fact]
    public async Task Chart_StartedBot_Returns200WithLevelsFillsAndLastPrice()
    {
        await _app.SendAsync(PaperBot("fdash1"), (f, r, o) => f.CreateWithAsync(r, o, default));
        (await _app.SendAsync(null, (f, r, o) => f.CommandWithAsync(r, "fdash1", "start", o, default))).Status.Should().Be(200);

        var chart = await Chart("fdash1");

        chart.Status.Should().Be(StatusCodes.Status200OK, chart.Body);
        var body = chart.Json();
        body.GetProperty("status").GetString().Should().Be("Running");
        var levels = body.GetProperty("levels").EnumerateArray().Select(l => l.GetDecimal()).ToList();
        levels.Should().HaveCount(11).And.BeInAscendingOrder();
        levels[0].Should().Be(55000m);
        body.GetProperty("fills").EnumerateArray().Should().NotBeEmpty()
            .And.AllSatisfy(f => f.GetProperty("price").GetDecimal().Should().BePositive());
        body.GetProperty("lastPrice").GetDecimal().Should().BePositive();
        body.GetProperty("bars").GetArrayLength().Should().Be(0, "the test account's bar container is empty");
    }

    [Fact]
    public async Task Chart_UnknownBot_Returns404Problem()
    {
        var chart = await Chart("nobody");

        chart.Status.Should().Be(StatusCodes.Status404NotFound);
        chart.ContentType.Should().StartWith("application/problem+json");
        chart.Detail.Should().Contain("nobody");
    }

    [Fact]
    public async Task Dashboard_Page_ServedWithThePolicyAndHeaders()
    {
        var request = _app.Request();

        var page = await FunctionApp.SendAsync(request, r => Task.FromResult(Dashboard.Page(r)));

        page.Status.Should().Be(StatusCodes.Status200OK);
        page.ContentType.Should().StartWith("text/html");
        var headers = request.HttpContext.Response.Headers;
        headers["X-Content-Type-Options"].ToString().Should().Be("nosniff");
        headers["Referrer-Policy"].ToString().Should().Be("no-referrer");
        headers.CacheControl.ToString().Should().Be("no-store");
        var script = Regex.Match(page.Body, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        headers.ContentSecurityPolicy.ToString().Should().StartWith("default-src 'none';")
            .And.Contain($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");
        Regex.IsMatch(page.Body, @"(?:src|href)\s*=\s*[""']?\s*(?:https?:)?//", RegexOptions.IgnoreCase).Should().BeFalse("the page loads nothing from elsewhere");
    }

    [Theory]
    [InlineData(nameof(DashboardFunctions.Page), AuthorizationLevel.Anonymous, "dashboard")]
    [InlineData(nameof(DashboardFunctions.ChartAsync), AuthorizationLevel.Function, "bots/{id}/chart")]
    public void Functions_Triggers_PageAnonymousChartNeedsTheKey(string method, AuthorizationLevel level, string route)
    {
        var trigger = typeof(DashboardFunctions).GetMethod(method)!.GetParameters()
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(a => a is not null)!;

        trigger.AuthLevel.Should().Be(level);
        trigger.Route.Should().Be(route);
        trigger.Methods.Should().Equal("get");
    }

    private Task<FunctionApp.Response> Chart(string id)
    {
        var functions = Dashboard;
        return FunctionApp.SendAsync(_app.Request(), r => functions.ChartWithAsync(r, id, (IBotOrchestrations)_app.Engine, default));
    }

    private static string PaperBot(string id) => $$"""
        {"botId":"{{id}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;
}
