using GridBot.Core.Ports;
using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Runtime.Hosting;
using GridBot.Storage;
using GridFunctions.FanOut;
using GridFunctions.Http;
using GridFunctions.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions;

/// <summary>
/// The Function app's composition root (Program.cs calls this; so do the tests): the shared services (settings,
/// stores, venues; no local bot runtime), the control service factory over the bots' entities, what the bot's activities run on (<see cref="BotEffects"/> over the
/// venues and the fill ledger), the fan-out of fills and the timer jobs. Bots themselves live in Durable entities,
/// reached per invocation through the functions' Durable client.
/// </summary>
public static class AppServices
{
    public static IServiceCollection AddGridFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridBotServices(configuration);
        services.AddSingleton<IBotRegistry>(sp => sp.GetRequiredService<BotStores>().Registry);
        services.AddSingleton<IFillLedger>(sp => sp.GetRequiredService<BotStores>().Fills);
        services.AddSingleton(sp => new BotEffects(
            sp.GetRequiredService<IBotVenues>().ExchangeFor,
            sp.GetRequiredService<BotStores>().Fills,
            sp.GetRequiredService<INotifier>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddGridFunctionsFanOut(configuration);
        services.AddGridFunctionsTimers();
        services.AddGridFunctionsControl();
        return services;
    }
}
