using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Http;

/// <summary>What the control functions need beyond the app's shared services.</summary>
public static class ControlServices
{
    /// <summary>Registers <see cref="ControlFactory"/> (over <c>BotStores</c>, <c>IBotVenues</c> and <c>GridBotOptions</c>, which the app registers).</summary>
    public static IServiceCollection AddGridFunctionsControl(this IServiceCollection services)
    {
        services.AddSingleton<ControlFactory>();
        return services;
    }
}
