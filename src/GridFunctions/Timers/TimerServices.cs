using GridBot.Core.Ports;
using GridBot.Runtime;
using GridBot.Runtime.Hosting;
using GridBot.Runtime.MarketData;
using GridBot.Runtime.Reporting;
using GridBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridFunctions.Timers;

/// <summary>The timer functions' jobs, over services the app already registers (<see cref="BotStores"/>, <see cref="INotifier"/>,
/// <see cref="TimeProvider"/>, <see cref="ExchangeOptions"/>); the report job is made per run over the bots' host.</summary>
public static class TimerServices
{
    public static IServiceCollection AddGridFunctionsTimers(this IServiceCollection services)
    {
        services.AddSingleton<IVenueHistory>(sp => VenueHistory.FromOptions(
            sp.GetRequiredService<IOptions<ExchangeOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GridBot.Exchange"),
            new HttpClient()));
        services.AddSingleton(sp =>
        {
            var stores = sp.GetRequiredService<BotStores>();
            return new DailyBarsJob(stores.Registry, stores.Bars, sp.GetRequiredService<IVenueHistory>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<DailyBarsJob>>());
        });
        services.AddSingleton<Func<IBotHost, KpiReportJob>>(sp => bots =>
        {
            var stores = sp.GetRequiredService<BotStores>();
            return new KpiReportJob(stores.Registry, bots, stores.Fills, stores.Artifacts, sp.GetRequiredService<INotifier>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<KpiReportJob>>());
        });
        return services;
    }
}
