using System.Text;
using Azure.Storage.Queues;
using GridFunctions.FanOut;

namespace GridFunctions.Tests.FanOut;

/// <summary><see cref="QueueFillPublisher"/> on the project's Azurite: what the queue triggers will read.</summary>
public sealed class QueueFillPublisherTests : IAsyncLifetime
{
    private Azurite? _azurite;

    private string Connection => _azurite!.ConnectionString;

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task PublishAsync_TwoFills_OneMessagePerFillInEachQueue_BodiesRoundTrip()
    {
        var options = new FanOutOptions { QueueConnection = Connection, SafetyQueue = "s-" + Suffix(), FlattenQueue = "f-" + Suffix() };
        var publisher = QueueFillPublisher.Create(options, storageConnection: null, webJobsStorage: null);
        var fills = new[] { FanOutBots.Fill("t-1"), FanOutBots.Fill("t-2", "bot1-000009-flat", 20_999.99m) };

        foreach (var fill in fills)
        {
            await publisher.PublishAsync("bot1", fill, CancellationToken.None);
        }

        foreach (var queue in new[] { options.SafetyQueue, options.FlattenQueue })
        {
            var received = (await new QueueClient(Connection, queue, QueueFillPublisher.ClientOptions).ReceiveMessagesAsync(32)).Value;
            received.Should().HaveCount(2, queue);
            var parsed = received.Select(m => FillMessage.TryParse(m.Body.ToString(), out var message, out _) ? message : null).ToList();
            parsed.Should().Equal(fills.Select(f => new FillMessage("bot1", f)));
            parsed[1]!.Fill.Price.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("20999.99");
        }
    }

    [Fact]
    public async Task PublishAsync_MessageText_IsBase64OfTheJson_AsTheQueueTriggerReadsIt()
    {
        var options = new FanOutOptions { QueueConnection = Connection, SafetyQueue = "s-" + Suffix(), FlattenQueue = "f-" + Suffix() };
        var fill = FanOutBots.Fill("t-1");

        await QueueFillPublisher.Create(options, null, null).PublishAsync("bot1", fill, CancellationToken.None);

        var raw = (await new QueueClient(Connection, options.SafetyQueue).ReceiveMessageAsync()).Value;
        Encoding.UTF8.GetString(Convert.FromBase64String(raw.Body.ToString())).Should().Be(new FillMessage("bot1", fill).ToJson());
    }

    [Fact]
    public async Task ServiceClient_NoQueueSetting_FallsBackToTheStorageConnection()
    {
        var options = new FanOutOptions { SafetyQueue = "s-" + Suffix(), FlattenQueue = "f-" + Suffix() };

        await QueueFillPublisher.Create(options, storageConnection: Connection, webJobsStorage: "UseDevelopmentStorage=true")
            .PublishAsync("bot1", FanOutBots.Fill("t-1"), CancellationToken.None);

        (await new QueueClient(Connection, options.FlattenQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount.Should().Be(1);
    }

    [Fact]
    public void ServiceClient_NoAccountAnywhere_NamesTheSettings()
    {
        var act = () => QueueFillPublisher.ServiceClient(new FanOutOptions(), null, "");

        act.Should().Throw<InvalidOperationException>().WithMessage("*FanOut:QueueConnection*FanOut:QueueServiceUri*");
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..12];
}
