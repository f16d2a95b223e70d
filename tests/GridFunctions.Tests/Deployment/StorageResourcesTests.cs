using System.Reflection;
using GridBot.Storage.Azure;
using GridFunctions.FanOut;

namespace GridFunctions.Tests.Deployment;

/// <summary>The template creates every table, container, queue, topic and subscription the code uses, named as the code names them.</summary>
public sealed class StorageResourcesTests
{
    [Fact]
    public void Storage_CreatesEveryTableAndContainerAndQueueTheCodeUses()
    {
        var deployment = new Scenario("flex", "queues", false).Deployment();
        var (_, storage) = deployment.Module("storage");
        var defaults = new AzureStorageSettings();
        var names = typeof(AzureStorageSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToList();
        var fanOut = new FanOutOptions();

        ((List<object?>)storage.Parameter("tables")!).Should().BeEquivalentTo(names.Where(p => p.Name.EndsWith("Table", StringComparison.Ordinal)).Select(p => p.GetValue(defaults)));
        ((List<object?>)storage.Parameter("containers")!).Should().Contain(names.Where(p => p.Name.EndsWith("Container", StringComparison.Ordinal)).Select(p => p.GetValue(defaults)))
            .And.Contain(deployment.Module("functionapp").Scope.Parameter("deploymentContainerName"));
        ((List<object?>)storage.Parameter("queues")!).Should().BeEquivalentTo(new[] { fanOut.SafetyQueue, fanOut.FlattenQueue });

        var account = deployment.ModuleResources("storage", "Microsoft.Storage/storageAccounts").Single();
        var properties = account.Resource.GetProperty("properties");
        properties.GetProperty("allowBlobPublicAccess").GetBoolean().Should().BeFalse();
        properties.GetProperty("allowSharedKeyAccess").GetBoolean().Should().BeFalse();
        properties.GetProperty("minimumTlsVersion").GetString().Should().Be("TLS1_2");
    }

    [Fact]
    public void ServiceBus_HasTheTopicAndSessionSubscriptionsTheTriggersRead()
    {
        var deployment = new Scenario("flex", "servicebus", false).Deployment();
        deployment.Deploys("servicebus").Should().BeTrue();
        new Scenario("flex", "queues", false).Deployment().Deploys("servicebus").Should().BeFalse();

        var (_, serviceBus) = deployment.Module("servicebus");
        serviceBus.Parameter("topicName").Should().Be(new FanOutOptions().Topic);
        ((List<object?>)serviceBus.Parameter("subscriptions")!).Should().BeEquivalentTo(AppBindings.ServiceBusSubscriptions());

        var topic = deployment.ModuleResources("servicebus", "Microsoft.ServiceBus/namespaces/topics").Single().Resource.GetProperty("properties");
        topic.GetProperty("requiresDuplicateDetection").GetBoolean().Should().BeTrue("the publisher's MessageId is {botId}:{tradeId}");
        var subscriptions = deployment.ModuleResources("servicebus", "Microsoft.ServiceBus/namespaces/topics/subscriptions").ToList();
        subscriptions.Should().HaveCount(2);
        foreach (var (resource, scope) in subscriptions)
        {
            var properties = resource.GetProperty("properties");
            properties.GetProperty("requiresSession").GetBoolean().Should().BeTrue("the triggers set IsSessionsEnabled");
            properties.GetProperty("deadLetteringOnMessageExpiration").GetBoolean().Should().BeTrue();
            ((long)scope.Value(properties.GetProperty("maxDeliveryCount"))!).Should().BeInRange(1, 100);
        }
    }
}
