using GridBot.Runtime;
using GridBot.Runtime.Hosting;
using GridFunctions.FanOut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.FanOut;

/// <summary>The <c>FanOut</c> section: defaults, problems naming their keys, and the publisher each kind registers.</summary>
public sealed class FanOutOptionsTests
{
    [Fact]
    public void Defaults_AreQueuesWithTheDesignNames_AndValid()
    {
        var options = new FanOutOptions();

        options.Kind.Should().Be(FanOutKind.Queues);
        (options.SafetyQueue, options.FlattenQueue, options.Topic).Should().Be(("fills-safety", "fills-flatten", "fills"));
        options.Problems().Should().BeEmpty();
    }

    [Theory]
    [InlineData("FanOut:SafetyQueue", "Fills_Safety", "FanOut:SafetyQueue")]
    [InlineData("FanOut:FlattenQueue", "fills-safety", "must differ")]
    [InlineData("FanOut:QueueConnection", "not a connection string", "FanOut:QueueConnection")]
    [InlineData("FanOut:QueueServiceUri", "/relative", "FanOut:QueueServiceUri")]
    [InlineData("FanOut:Kind", "Kafka", "FanOut:Kind")]
    public async Task ValidateSettings_BadQueueSetting_NamesIt(string key, string value, string named)
    {
        await using var services = Build(new() { [key] = value });

        services.ValidateSettings().Should().ContainSingle().Which.Should().Contain(named);
    }

    [Theory]
    [InlineData(null, null, "FanOut:ServiceBusConnection, or FanOut:ServiceBusNamespace")]
    [InlineData("Endpoint=nonsense", null, "FanOut:ServiceBusConnection is not")]
    [InlineData(null, "mybus", "FanOut:ServiceBusNamespace 'mybus'")]
    public async Task ValidateSettings_ServiceBusWithoutAUsableConnection_NamesTheKeys(string? connection, string? ns, string named)
    {
        await using var services = Build(new() { ["FanOut:Kind"] = "ServiceBus", ["FanOut:ServiceBusConnection"] = connection, ["FanOut:ServiceBusNamespace"] = ns });

        services.ValidateSettings().Should().ContainSingle().Which.Should().Contain(named);
    }

    [Fact]
    public async Task AddGridFunctionsFanOut_SampleLikeEmptySettings_RegistersTheQueuePublisher()
    {
        await using var services = Build(new()
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["FanOut:QueueConnection"] = "",
            ["FanOut:QueueServiceUri"] = "",
            ["FanOut:ServiceBusConnection"] = "",
            ["FanOut:ServiceBusNamespace"] = "",
        });

        services.ValidateSettings().Should().BeEmpty();
        services.GetRequiredService<IFillPublisher>().Should().BeOfType<QueueFillPublisher>();
    }

    [Fact]
    public async Task AddGridFunctionsFanOut_ServiceBusNamespace_RegistersTheServiceBusPublisher()
    {
        await using var services = Build(new() { ["FanOut:Kind"] = "servicebus", ["FanOut:ServiceBusNamespace"] = "gridbot.servicebus.windows.net" });

        services.ValidateSettings().Should().BeEmpty();
        services.GetRequiredService<IFillPublisher>().Should().BeOfType<ServiceBusFillPublisher>();
    }

    [Fact]
    public async Task Sample_FanOutSettings_ValidAndEveryKeyReadIsNamed()
    {
        var sample = GridFunctions.Tests.Settings.LocalSettingsSampleTests.SampleValues();
        var recorder = new GridFunctions.Tests.Settings.RecordingConfigurationProvider(sample);
        await using (var services = new ServiceCollection().AddLogging()
            .AddGridFunctionsFanOut(new ConfigurationBuilder().Add(recorder).Build()).BuildServiceProvider())
        {
            services.ValidateSettings().Should().BeEmpty();
            services.GetRequiredService<IFillPublisher>().Should().BeOfType<QueueFillPublisher>();
        }

        var asked = recorder.Asked.Keys.Where(k => k.StartsWith("FanOut:", StringComparison.OrdinalIgnoreCase)).ToList();
        asked.Should().HaveCountGreaterThan(5);
        asked.Should().OnlyContain(k => sample.ContainsKey(k));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddGridFunctionsFanOut(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
