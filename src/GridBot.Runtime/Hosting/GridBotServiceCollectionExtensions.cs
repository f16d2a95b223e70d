using GridBot.Core.Configuration;
using GridBot.Core.Ports;
using GridBot.Runtime.Control;
using GridBot.Runtime.Telegram;
using GridBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GridBot.Runtime.Hosting;

/// <summary>The settings every host reads, bound from configuration once and validated when the host starts.</summary>
public static class GridBotServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="GridBotOptions"/> (<c>GridBot</c>), <see cref="ExchangeOptions"/> (<c>Exchange</c>) and
    /// <see cref="StorageOptions"/> (<c>Storage</c>) with <c>ValidateOnStart</c>: a bad setting stops the host with a
    /// message naming it. Hosts without a generic host call <see cref="ValidateSettings"/> themselves.
    /// </summary>
    public static IServiceCollection AddGridBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GridBotOptions>().Bind(configuration.GetSection(GridBotOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ExchangeOptions>().Bind(configuration.GetSection(ExchangeOptions.SectionName)).ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GridBotOptions>>(new ProblemsValidator<GridBotOptions>(o => o.Validate().Select(p => p.ToString())));
        services.AddSingleton<IValidateOptions<ExchangeOptions>>(new ProblemsValidator<ExchangeOptions>(o => o.Problems()));
        services.AddSingleton<IValidateOptions<StorageOptions>>(new ProblemsValidator<StorageOptions>(o => o.Problems()));
        return services;
    }

    /// <summary>
    /// What every server host shares, whoever holds the bots: the settings, the stores named by
    /// <see cref="StorageOptions"/> (checked at start by <see cref="StorageStartup"/>), the operator's switches, the notifier and the venues,
    /// all singletons. The Function app stops here (its bots are Durable entities).
    /// </summary>
    public static IServiceCollection AddGridBotServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridBotOptions(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Connect(sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<StorageStartup>();
        services.AddGridBotTelegram(configuration); // the INotifier: the log, and the allowed chats when Telegram is on
        services.AddSingleton(sp => new OperatorService(
            sp.GetRequiredService<BotStores>().Settings, sp.GetRequiredService<IOptions<GridBotOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBotVenues>(sp => new BotVenues(
            sp.GetRequiredService<IOptions<ExchangeOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GridBot.Exchange"),
            new HttpClient()));
        return services;
    }

    /// <summary>
    /// A host whose bots live in this process (<c>gridbot serve</c>): <see cref="AddGridBotServices"/> plus the local
    /// bot runtime (a mailbox per bot, state in the store) and the control service over it.
    /// </summary>
    public static IServiceCollection AddGridBotRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGridBotServices(configuration);
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<BotStores>();
            var venues = sp.GetRequiredService<IBotVenues>();
            return new BotRuntime(store.States, store.Fills, store.Registry, venues.ExchangeFor, sp.GetRequiredService<INotifier>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var store = sp.GetRequiredService<BotStores>();
            return new BotControlService(sp.GetRequiredService<BotRuntime>(), store.Registry, store.Fills, sp.GetRequiredService<IBotVenues>(),
                sp.GetRequiredService<IOptions<GridBotOptions>>().Value, sp.GetRequiredService<OperatorService>());
        });
        return services;
    }

    /// <summary>
    /// Runs every start-up validation now (what <c>ValidateOnStart</c> does when a generic host starts) and returns each
    /// problem, naming its setting; empty when every setting is valid.
    /// </summary>
    public static IReadOnlyList<string> ValidateSettings(this IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return [.. ex.Failures];
        }
        catch (AggregateException ex)
        {
            return [.. ex.InnerExceptions.SelectMany(e => e is OptionsValidationException v ? v.Failures : [e.Message])];
        }
        catch (InvalidOperationException ex)
        {
            // The binder could not convert a value (e.g. Exchange__RecvWindowMs=abc); its message names the key.
            return [ex.Message];
        }
    }

}
