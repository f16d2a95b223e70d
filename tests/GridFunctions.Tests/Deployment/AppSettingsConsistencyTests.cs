using GridBot.Runtime.Hosting;
using GridFunctions.FanOut;
using GridFunctions.Tests.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task AppSettings_StartTheAppAndCoverEverySettingItReads(string plan, string fanOut, bool secrets)
    {
        var scenario = new Scenario(plan, fanOut, secrets);
        var configuration = AppConfiguration.From(scenario.Deployment().AppSettings());
        var recorder = new RecordingConfigurationProvider(configuration);
        await using (var services = new ServiceCollection().AddLogging()
            .AddGridFunctions(new ConfigurationBuilder().Add(recorder).Build()).BuildServiceProvider())
        {
            services.ValidateSettings().Should().BeEmpty("the app must start with exactly the template's settings ({0})", scenario);
            services.GetRequiredService<global::GridFunctions.Http.ControlFactory>().Should().NotBeNull();
            services.GetRequiredService<GridBot.Runtime.BotEffects>().Should().NotBeNull();
            services.GetRequiredService<GridBot.Runtime.IFillPublisher>().Should().BeOfType(
                scenario.ServiceBus ? typeof(ServiceBusFillPublisher) : typeof(QueueFillPublisher));
        }

        var asked = recorder.Asked.Keys.ToList();
        var leaves = asked.Where(k => !asked.Any(other => other.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList();
        var uncovered = new List<string>();
        foreach (var key in leaves)
        {
            var set = configuration.Keys.FirstOrDefault(s => s.Equals(key, StringComparison.OrdinalIgnoreCase) || s.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
            var why = set is not null ? $"set ({set})" : OptionsDefaults.Fallback(key);
            output.WriteLine($"{key}: {why ?? "NOT SET, NO DEFAULT"}");
            if (why is null)
            {
                uncovered.Add(key);
            }
        }

        leaves.Should().Contain(["Storage:Kind", "Storage:BlobServiceUri", "FanOut:Kind", "Exchange:ApiKey", "GridBot:RolloutStage"], "the recorder sees what the app reads");
        uncovered.Should().BeEmpty("every setting the app reads is set on the Function app or has a default in its options type");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Bindings_EverySettingExpressionIsSetAndEveryConnectionIsIdentityBased(string plan, string fanOut, bool secrets)
    {
        var scenario = new Scenario(plan, fanOut, secrets);
        var settings = scenario.Deployment().AppSettings();
        string? Value(string key) => settings.TryGetValue(key, out var v) ? v switch { ArmUnknown u => u.ToString(), _ => v as string } : null;

        var expressions = AppBindings.SettingExpressions();
        expressions.Should().Contain(["Tick:Schedule", "FanOut:SafetyQueue", "DurableTask:HubName", "FanOut:Topic"]);
        foreach (var name in expressions)
        {
            // The host resolves %…% itself: an options default does not apply, so each must be set, non-empty.
            Value(name.Replace(":", "__", StringComparison.Ordinal)).Should().NotBeNullOrEmpty($"%{name}% is resolved by the Functions host");
        }

        var connections = AppBindings.Connections();
        connections.Select(c => c.Name).Should().Contain(["FanOut:QueueConnection", "FanOut:ServiceBusConnection", "AzureWebJobsStorage"]);
        foreach (var connection in connections)
        {
            var prefix = connection.Name.Replace(":", "__", StringComparison.Ordinal);
            output.WriteLine($"{connection.Name} ({connection.Service}, {connection.Source}): {string.Join(", ", settings.Keys.Where(k => k.StartsWith(prefix + "__", StringComparison.Ordinal)))}");
            Value(prefix).Should().BeNull($"{connection.Name} is identity-based: no connection string");
            Value($"{prefix}__credential").Should().Be("managedidentity", connection.Name);
            Value($"{prefix}__clientId").Should().NotBeNullOrEmpty($"{connection.Name} uses the user-assigned identity");
            var endpoints = connection.Service switch
            {
                "queue" => new[] { "queueServiceUri", "accountName" },
                "servicebus" => ["fullyQualifiedNamespace"],
                _ => ["accountName", "blobServiceUri"],
            };
            var endpoint = endpoints.Select(e => Value($"{prefix}__{e}")).FirstOrDefault(v => v is not null);
            endpoint.Should().NotBeNull($"{connection.Name} names its {connection.Service} endpoint");
            if (connection.Service != "servicebus" || scenario.ServiceBus)
            {
                endpoint.Should().NotBeEmpty($"{connection.Name} is used with fan-out {fanOut}");
            }
        }
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
            settings.Keys.Should().NotContain(["WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "AzureWebJobsStorage"], "no account key anywhere");
        }

        settings["Storage__Kind"].Should().Be("Azure");
        settings["FanOut__Kind"].Should().Be("Queues");
        settings["DurableTask__HubName"].Should().Be("gridbot");
    }
}
