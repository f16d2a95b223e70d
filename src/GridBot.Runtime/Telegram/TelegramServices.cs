using GridBot.Core.Ports;
using GridBot.Runtime.Hosting;
using GridBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridBot.Runtime.Telegram;

/// <summary>
/// Telegram for a server host: <see cref="TelegramOptions"/> bound from <c>Telegram</c> (the chat list also from its
/// array form) and validated at start; the webhook (<see cref="TelegramWebhook"/>, with one <see cref="UpdateWindow"/>
/// per process); and the host's <see cref="INotifier"/>: the log alone, or with a token the log and the allowed chats
/// (sent from a queue, <see cref="BackgroundNotifier"/>).
/// With no token every piece is there and off: the webhook answers 404 and nothing is sent.
/// </summary>
public static class TelegramServices
{
    public static IServiceCollection AddGridBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.SectionName);
        services.AddOptions<TelegramOptions>().Configure(o => Bind(section, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>>(new ProblemsValidator<TelegramOptions>(o => o.Problems()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
        // Resolved only when Telegram is on (a sender needs a token).
        services.AddSingleton(sp =>
            new TelegramSender(sp.GetRequiredService<TelegramOptions>(), new HttpClient(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TelegramSender>>()));
        services.AddSingleton(sp => new ConfirmationSigner(sp.GetRequiredService<TelegramOptions>().WebhookSecret is { Length: > 0 } secret ? secret : "off",
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new UpdateWindow());
        services.AddSingleton(sp => new TelegramWebhook(sp.GetRequiredService<TelegramOptions>(), Enabled(sp) ? sp.GetRequiredService<TelegramSender>() : null,
            sp.GetRequiredService<UpdateWindow>(), sp.GetRequiredService<ILogger<TelegramWebhook>>()));
        services.AddSingleton<LoggingNotifier>();
        // The chats are sent to from a queue (BackgroundNotifier): a rate-limited Telegram never holds a bot's operation.
        services.AddSingleton(sp => new BackgroundNotifier(
            new TelegramNotifier(sp.GetRequiredService<TelegramSender>(), sp.GetRequiredService<TelegramOptions>()), sp.GetRequiredService<ILogger<BackgroundNotifier>>()));
        services.AddSingleton<INotifier>(sp => Enabled(sp)
            ? new CompositeNotifier([sp.GetRequiredService<LoggingNotifier>(), sp.GetRequiredService<BackgroundNotifier>()])
            : sp.GetRequiredService<LoggingNotifier>());
        return services;
    }

    /// <summary>Telegram is on when a token is set and the settings are valid (invalid ones stop the host at start).</summary>
    private static bool Enabled(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<TelegramOptions>();
        return options.Enabled && !options.Problems().Any();
    }

    /// <summary>
    /// Binds by hand: the configuration binder cannot put the array form of <c>AllowedChatIds</c> (<c>…__0</c>,
    /// <c>…__1</c>) into the one string it also accepts, so the items are joined with commas.
    /// </summary>
    public static void Bind(IConfigurationSection section, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        options.BotToken = section[nameof(TelegramOptions.BotToken)];
        options.WebhookSecret = section[nameof(TelegramOptions.WebhookSecret)];
        options.ApiBaseUrl = section[nameof(TelegramOptions.ApiBaseUrl)] ?? TelegramOptions.DefaultApiBaseUrl;
        var chats = section.GetSection(nameof(TelegramOptions.AllowedChatIds));
        var items = chats.GetChildren().Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        options.AllowedChatIds = items.Count > 0 ? string.Join(',', items) : chats.Value;
    }
}
