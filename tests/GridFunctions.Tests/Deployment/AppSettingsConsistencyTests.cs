using Xunit.Abstractions;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The compiled template against the app: the Function app's settings (evaluated from the ARM JSON for each plan and
/// fan-out) start the app, every setting it reads is set there or has a default, and every connection and
/// <c>%setting%</c> the Functions host resolves exists, identity-based.
/// </summary>
public sealed class AppSettingsConsistencyTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, bool> Scenarios => Scenario.All;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task AppSettings_StartTheAppAndCoverEverySettingAndConnectionItReads(string plan, string fanOut, bool secrets)
    {
        var scenario = new Scenario(plan, fanOut, secrets);

        var check = await AppSettingsCheck.RunAsync(scenario.Deployment().AppSettings(), scenario.ServiceBus);
        check.Report.ForEach(output.WriteLine);

        check.KeysRead.Should().Contain(["Storage:Kind", "Storage:BlobServiceUri", "FanOut:Kind", "Exchange:ApiKey", "GridBot:RolloutStage"], "the recorder sees what the app reads");
        AppBindings.SettingExpressions().Should().Contain(["Tick:Schedule", "FanOut:SafetyQueue", "DurableTask:HubName", "FanOut:Topic"]);
        AppBindings.Connections().Select(c => c.Name).Should().Contain(["FanOut:QueueConnection", "FanOut:ServiceBusConnection", "AzureWebJobsStorage"]);
        check.Problems.Should().BeEmpty();
    }

    [Fact]
    public void OptionsTypes_AreFoundByReflection_WithEveryLeafSetting()
    {
        OptionsDefaults.Sections.Keys.Should().Contain(["GridBot", "Exchange", "Storage", "FanOut"]);
        var leaves = OptionsDefaults.LeafKeys().ToList();
        leaves.ForEach(output.WriteLine);
        leaves.Should().Contain(["GridBot:Fees:Binance:Spot:Maker", "GridBot:CriticalErrorCodes", "Storage:BlobServiceUri", "FanOut:QueueConnection", "Exchange:RecvWindowMs"]);
    }

    [Fact]
    public async Task Check_SettingsMissingOrNotIdentityBased_ReportsEachByName()
    {
        var settings = new Dictionary<string, object?>(new Scenario("flex", "servicebus", false).Deployment().AppSettings());
        settings.Remove("Storage__BlobServiceUri");
        settings.Remove("Tick__Schedule");
        settings.Remove("FanOut__QueueConnection__clientId");
        settings["FanOut__ServiceBusConnection__fullyQualifiedNamespace"] = string.Empty;
        settings["AzureWebJobsStorage"] = "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==";

        var check = await AppSettingsCheck.RunAsync(settings, serviceBus: true);

        check.Problems.Should().Contain(p => p.StartsWith("the app does not start", StringComparison.Ordinal) && p.Contains("Storage:BlobServiceUri", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("%Tick:Schedule%", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("FanOut__QueueConnection__clientId", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("FanOut__ServiceBusConnection__fullyQualifiedNamespace", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("AzureWebJobsStorage: a connection string", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flex")]
    [InlineData("premium")]
    public void AppSettings_PlatformSettings_MatchThePlan(string plan)
    {
        var settings = new Scenario(plan, "queues", false).Deployment().AppSettings();
        string[] premiumOnly = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"];
        if (plan == "flex")
        {
            settings.Keys.Should().NotContain(premiumOnly, "Flex Consumption refuses them: runtime and package are in functionAppConfig");
        }
        else
        {
            settings["FUNCTIONS_WORKER_RUNTIME"].Should().Be("dotnet-isolated");
            settings["FUNCTIONS_EXTENSION_VERSION"].Should().Be("~4");
            ((string)settings["WEBSITE_RUN_FROM_PACKAGE"]!).Should().EndWith("app-package/gridfunctions.zip");
            File.ReadAllText(RepositoryFiles.PathOf("infra/deploy.sh")).Should().Contain("--name gridfunctions.zip", "deploy.sh uploads the blob the app runs from");
            settings.Keys.Should().NotContain(["WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "AzureWebJobsStorage"], "no account key anywhere");
        }

        settings["Storage__Kind"].Should().Be("Azure");
        settings["FanOut__Kind"].Should().Be("Queues");
        settings["DurableTask__HubName"].Should().Be("gridbot");
    }
}
