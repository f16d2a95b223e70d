using System.Text.Json;
using Azure.Storage.Blobs;
using GridBot.Runtime.Control;
using GridFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The operator's switch functions on the Durable engine and Azure storage (Azurite): the switches land in the Blob
/// container <c>settings</c>, are in force for the control functions, and the disaster flatten reaches bots through
/// their entities. Its own app: the switches are global.
/// </summary>
public sealed class OperatorFunctionsTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private readonly FunctionApp _app = fixture.App;

    private OperatorFunctions Operators => ActivatorUtilities.CreateInstance<OperatorFunctions>(_app.Services);

    [Fact]
    public async Task Switches_DefaultsThenChangedAndStoredInBlobThenBadBodies400AndProfileInForce()
    {
        var defaults = await FunctionApp.SendAsync(_app.Request(), r => Operators.GetAsync(r, default));
        var put = await FunctionApp.SendAsync(_app.Request("""{"rolloutStage":2,"exchangeProfile":"perp","explorationRate":0.15}"""), r => Operators.UpdateAsync(r, default));
        var bad = await FunctionApp.SendAsync(_app.Request("""{"rolloutStage":"two"}"""), r => Operators.UpdateAsync(r, default));
        var invalid = await FunctionApp.SendAsync(_app.Request("""{"rolloutStage":7}"""), r => Operators.UpdateAsync(r, default));
        var after = await FunctionApp.SendAsync(_app.Request(), r => Operators.GetAsync(r, default));
        var spotCreate = await _app.SendAsync(PaperBot("op1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        defaults.Json().GetProperty("exchangeProfile").GetString().Should().Be("spot+perp");
        put.Status.Should().Be(StatusCodes.Status200OK, put.Body);
        bad.Status.Should().Be(StatusCodes.Status400BadRequest);
        bad.Detail.Should().Contain("$.rolloutStage");
        invalid.Status.Should().Be(StatusCodes.Status400BadRequest);
        invalid.Detail.Should().Contain("rolloutStage 7");
        after.Body.Should().Be(put.Body);
        var stored = await new BlobServiceClient(_app.Azurite.ConnectionString).GetBlobContainerClient("settings").GetBlobClient("operator.json").DownloadContentAsync();
        JsonDocument.Parse(stored.Value.Content.ToString()).RootElement.GetProperty("rolloutStage").GetInt32().Should().Be(2);
        spotCreate.Status.Should().Be(StatusCodes.Status400BadRequest);
        spotCreate.Detail.Should().Contain("exchange profile is perp");

        (await FunctionApp.SendAsync(_app.Request("""{"exchangeProfile":"spot+perp"}"""), r => Operators.UpdateAsync(r, default))).Status.Should().Be(200);
    }

    [Fact]
    public async Task DisasterFlatten_RunningBotFlattensThroughItsEntityCreatedBotSkipped()
    {
        await Operators.UpdateAsync(_app.Request("""{"exchangeProfile":"spot+perp"}"""), default);
        (await _app.SendAsync(PaperBot("df1"), (f, r, o) => f.CreateWithAsync(r, o, default))).Status.Should().Be(201);
        (await _app.SendAsync(null, (f, r, o) => f.CommandWithAsync(r, "df1", "start", o, default))).Status.Should().Be(200);
        (await _app.SendAsync(PaperBot("df2"), (f, r, o) => f.CreateWithAsync(r, o, default))).Status.Should().Be(201);

        var response = await FunctionApp.SendAsync(_app.Request("""{"reason":"drill"}"""), r => Operators.DisasterFlattenWithAsync(r, _app.Engine, default));

        response.Status.Should().Be(StatusCodes.Status200OK, response.Body);
        var result = JsonSerializer.Deserialize<DisasterFlattenResult>(response.Body, JsonSerializerOptions.Web)!;
        result.Flattened.Should().Contain("df1");
        result.Skipped.Should().Contain("df2");
        result.Failed.Should().BeEmpty();
        var status = (await _app.SendAsync(null, (f, r, o) => f.GetWithAsync(r, "df1", o, default))).Json();
        status.GetProperty("status").GetString().Should().BeOneOf("Flattening", "RequiresManualResume");
        status.GetProperty("statusReason").GetString().Should().Contain("drill");
    }

    private static string PaperBot(string id) => $$"""
        {"botId":"{{id}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;
}
