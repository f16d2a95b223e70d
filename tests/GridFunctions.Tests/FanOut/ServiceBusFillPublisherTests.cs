using GridFunctions.FanOut;

namespace GridFunctions.Tests.FanOut;

/// <summary>The Service Bus message for a fill, built without a broker.</summary>
public sealed class ServiceBusFillPublisherTests
{
    [Fact]
    public void Message_CarriesDuplicateDetectionIdSessionPropertiesAndTheFillMessageBody()
    {
        var fill = FanOutBots.Fill("t-1001");

        var message = ServiceBusFillPublisher.Message("bot1", fill);

        message.MessageId.Should().Be("bot1:t-1001");
        message.SessionId.Should().Be("bot1");
        message.ContentType.Should().Be("application/json");
        message.ApplicationProperties.Should().Contain("botId", "bot1").And.Contain("tradeId", "t-1001");
        FillMessage.TryParse(message.Body.ToString(), out var parsed, out _).Should().BeTrue();
        parsed.Should().Be(new FillMessage("bot1", fill));
    }

    [Fact]
    public async Task Create_WithConnectionString_BuildsWithoutContactingTheBroker()
    {
        var options = new FanOutOptions
        {
            Kind = FanOutKind.ServiceBus,
            ServiceBusConnection = "Endpoint=sb://example.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5",
        };

        await using var publisher = ServiceBusFillPublisher.Create(options);

        publisher.Should().NotBeNull();
    }
}
