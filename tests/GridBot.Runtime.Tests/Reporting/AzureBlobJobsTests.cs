using Azure.Storage.Blobs.Models;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Exchanges.Paper;
using GridBot.Runtime.MarketData;
using GridBot.Runtime.Reporting;
using GridBot.Runtime.Tests.MarketData;
using GridBot.Storage.Azure;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests.Reporting;

/// <summary>On Azure storage (the project's Azurite): the bars land in container <c>market-data</c>, the reports in <c>reports</c>.</summary>
public sealed class AzureBlobJobsTests : IAsyncLifetime
{
    private Azurite? _azurite;
    private AzureStorage? _azure;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _azure = await AzureStorage.OpenAsync(new AzureStorageSettings { ConnectionString = _azurite.ConnectionString }, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task DailyBarsAndReport_OnAzure_LandInTheirBlobContainers()
    {
        var azure = _azure!;
        await using var v = await DailyBarsVenues.StartAsync();
        await azure.Registry.UpsertAsync(new("a", Venue.Bybit, MarketType.Spot, "BTCUSDT", "Running", 0, 0), CancellationToken.None);

        var bars = await new DailyBarsJob(azure.Registry, azure.Bars, v.History, v.Clock, NullLogger<DailyBarsJob>.Instance).RunAsync(CancellationToken.None);

        bars.Failed.Should().BeEmpty();
        (await azure.Bars.LoadAsync(DailyBarsVenues.Series(Venue.Bybit, MarketType.Spot), 0, long.MaxValue / 2, CancellationToken.None)).Value
            .Should().Equal(v.DayBars);
        var barBlobs = new List<string>();
        await foreach (var blob in azure.Blobs.GetBlobContainerClient("market-data").GetBlobsAsync(BlobTraits.None, BlobStates.None, "bars/", CancellationToken.None))
        {
            barBlobs.Add(blob.Name);
        }

        barBlobs.Should().ContainSingle().Which.Should().EndWith("/1m/dt=2023-03-01/part-0.parquet");

        var config = RuntimeHarness.Config41("paper1");
        var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, v.Clock);
        var notifier = new ConsoleNotifier(null);
        await using var runtime = new BotRuntime(azure.States, azure.Fills, azure.Registry, _ => paper, notifier, v.Clock);
        await runtime.SendAndWaitAsync("paper1", new CreateBot(config));

        var report = await new KpiReportJob(azure.Registry, runtime, azure.Fills, azure.Artifacts, notifier, v.Clock, NullLogger<KpiReportJob>.Instance)
            .RunAsync(ReportKind.Daily, CancellationToken.None);

        var reportBlobs = new List<string>();
        await foreach (var blob in azure.Blobs.GetBlobContainerClient("reports").GetBlobsAsync(BlobTraits.None, BlobStates.None, "daily/", CancellationToken.None))
        {
            reportBlobs.Add(blob.Name);
        }

        reportBlobs.Should().BeEquivalentTo(report.Artifacts).And.Contain("daily/2023-03-01/portfolio.html");
        if (KpiChart.CanDraw)
        {
            reportBlobs.Should().Contain("daily/2023-03-01/portfolio.png");
        }
        report.Report.Bots.Select(b => b.BotId).Should().Equal("paper1");
        report.Report.Missing.Should().Equal(["a"], "the registered Bybit bot has no state in this runtime");
    }
}
