using GridBot.Runtime;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GridFunctions.FanOut;

/// <summary>The fan-out of fills: its settings, the publisher its <see cref="FanOutOptions.Kind"/> names, the handlers.</summary>
public static class FanOutServices
{
    /// <summary>
    /// Binds and validates <see cref="FanOutOptions"/> (<c>FanOut</c>, <c>ValidateOnStart</c>), registers the
    /// <see cref="IFillPublisher"/> (queues or Service Bus, created when first resolved) and <see cref="FillDispatcher"/>.
    /// The handlers are made per message over the invocation's Durable client.
    /// </summary>
    public static IServiceCollection AddGridFunctionsFanOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Identity-based trigger connections (FanOut__QueueConnection__queueServiceUri) are sections: see ConnectionValuesOnly.
        services.AddOptions<FanOutOptions>().Bind(new ConnectionValuesOnly(configuration.GetSection(FanOutOptions.SectionName))).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FanOutOptions>, FanOutOptionsValidator>();
        services.AddSingleton<IFillPublisher>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FanOutOptions>>().Value;
            return options.Kind == FanOutKind.ServiceBus
                ? ServiceBusFillPublisher.Create(options)
                : QueueFillPublisher.Create(
                    options,
                    configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"],
                    configuration["AzureWebJobsStorage"]);
        });
        services.AddSingleton<FillDispatcher>();
        return services;
    }
}
