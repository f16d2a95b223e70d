using GridBot.Runtime.Hosting;
using GridFunctions.FanOut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GridFunctions.Tests.FanOut;

/// <summary>
/// Identity-based trigger connections (the Functions convention <c>FanOut__QueueConnection__queueServiceUri</c>, what
/// bicep/ sets in Azure) make the connection a section: the app still starts, and the publisher uses the service URI.
/// </summary>
public sealed class IdentityConnectionBindingTests
{
    [Theory]
    [InlineData("Queues", typeof(QueueFillPublisher))]
    [InlineData("ServiceBus", typeof(ServiceBusFillPublisher))]
    public async Task IdentityBasedConnections_BindWithoutAConnectionString(string kind, Type publisher)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FanOut:Kind"] = kind,
            ["FanOut:QueueConnection:queueServiceUri"] = "https://stexample.queue.core.windows.net/",
            ["FanOut:QueueConnection:credential"] = "managedidentity",
            ["FanOut:QueueConnection:clientId"] = "00000000-0000-0000-0000-000000000001",
            ["FanOut:QueueServiceUri"] = "https://stexample.queue.core.windows.net/",
            ["FanOut:ServiceBusConnection:fullyQualifiedNamespace"] = "sbexample.servicebus.windows.net",
            ["FanOut:ServiceBusConnection:credential"] = "managedidentity",
            ["FanOut:ServiceBusNamespace"] = "sbexample.servicebus.windows.net",
            ["FanOut:SafetyQueue"] = "fills-safety",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddGridFunctionsFanOut(configuration).BuildServiceProvider();

        services.ValidateSettings().Should().BeEmpty();
        var options = services.GetRequiredService<IOptions<FanOutOptions>>().Value;
        options.QueueConnection.Should().BeNull();
        options.ServiceBusConnection.Should().BeNull();
        options.SafetyQueue.Should().Be("fills-safety");
        services.GetRequiredService<GridBot.Runtime.IFillPublisher>().Should().BeOfType(publisher);
    }

    [Fact]
    public void ConnectionString_IsStillBound()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FanOut:QueueConnection"] = "UseDevelopmentStorage=true",
        }).Build();
        var options = new FanOutOptions();

        new ConnectionValuesOnly(configuration.GetSection("FanOut")).Bind(options);

        options.QueueConnection.Should().Be("UseDevelopmentStorage=true");
    }
}
