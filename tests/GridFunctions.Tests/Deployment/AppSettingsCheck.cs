using GridBot.Runtime.Hosting;
using GridFunctions.FanOut;
using GridFunctions.Tests.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The Function app's settings (as a template sets them) against what the app and the Functions host read. Each
/// problem names its setting; <see cref="Report"/> says, for every key the app read, where its value comes from.
/// </summary>
internal sealed class AppSettingsCheck
{
    private AppSettingsCheck(IReadOnlyDictionary<string, object?> settings, bool serviceBus)
    {
        Settings = settings;
        ServiceBus = serviceBus;
    }

    public IReadOnlyDictionary<string, object?> Settings { get; }

    public bool ServiceBus { get; }

    public List<string> Problems { get; } = [];

    public List<string> Report { get; } = [];

    public IReadOnlyList<string> KeysRead { get; private set; } = [];

    public static async Task<AppSettingsCheck> RunAsync(IReadOnlyDictionary<string, object?> settings, bool serviceBus)
    {
        var check = new AppSettingsCheck(settings, serviceBus);
        await check.CheckTheAppAsync().ConfigureAwait(false);
        check.CheckSettingExpressions();
        check.CheckConnections();
        return check;
    }

    /// <summary>Builds the app on exactly these settings: it validates, builds what the functions build, and every key it reads is set or defaulted.</summary>
    private async Task CheckTheAppAsync()
    {
        var configuration = AppConfiguration.From(Settings);
        var recorder = new RecordingConfigurationProvider(configuration);
        await using (var services = new ServiceCollection().AddLogging()
            .AddGridFunctions(new ConfigurationBuilder().Add(recorder).Build()).BuildServiceProvider())
        {
            var invalid = services.ValidateSettings();
            Problems.AddRange(invalid.Select(p => $"the app does not start: {p}"));
            if (invalid.Count == 0)
            {
                _ = services.GetRequiredService<global::GridFunctions.Http.ControlFactory>();
                _ = services.GetRequiredService<GridBot.Runtime.BotEffects>();
                var publisher = services.GetRequiredService<GridBot.Runtime.IFillPublisher>();
                if (publisher.GetType() != (ServiceBus ? typeof(ServiceBusFillPublisher) : typeof(QueueFillPublisher)))
                {
                    Problems.Add($"FanOut:Kind: the app publishes fills with {publisher.GetType().Name}");
                }
            }
        }

        // Every leaf of every options type too, read or not on this path (nested sections the configuration lacks are
        // asked for only as a whole): each is set or falls back to its default.
        foreach (var key in OptionsDefaults.LeafKeys())
        {
            var set = configuration.Keys.Any(s => s.Equals(key, StringComparison.OrdinalIgnoreCase) || s.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
            if (!set && OptionsDefaults.Fallback(key) is null)
            {
                Problems.Add($"{key}: an options property the Function app does not set, with no default");
            }
        }

        var asked = recorder.Asked.Keys.ToList();
        KeysRead = [.. asked.Where(k => !asked.Any(other => other.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal)];
        foreach (var key in KeysRead)
        {
            var set = configuration.Keys.FirstOrDefault(s => s.Equals(key, StringComparison.OrdinalIgnoreCase) || s.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
            var why = set is not null ? $"set ({set})" : OptionsDefaults.Fallback(key);
            Report.Add($"{key}: {why ?? "NOT SET, NO DEFAULT"}");
            if (why is null)
            {
                Problems.Add($"{key}: the app reads it, the Function app does not set it, and it has no default");
            }
        }
    }

    /// <summary>The host resolves <c>%name%</c> itself: an options default does not apply, so each must be set, non-empty.</summary>
    private void CheckSettingExpressions()
    {
        foreach (var name in AppBindings.SettingExpressions())
        {
            if (string.IsNullOrEmpty(Value(name.Replace(":", "__", StringComparison.Ordinal))))
            {
                Problems.Add($"%{name}%: resolved by the Functions host, not set on the Function app");
            }
        }
    }

    private void CheckConnections()
    {
        foreach (var connection in AppBindings.Connections())
        {
            var prefix = connection.Name.Replace(":", "__", StringComparison.Ordinal);
            var used = connection.Service != "servicebus" || ServiceBus;
            string[] endpoints = connection.Service switch
            {
                "queue" => ["queueServiceUri", "accountName"],
                "servicebus" => ["fullyQualifiedNamespace"],
                _ => ["accountName", "blobServiceUri"],
            };
            var endpoint = endpoints.Select(e => Value($"{prefix}__{e}")).FirstOrDefault(v => v is not null);
            Report.Add($"{connection.Name} ({connection.Service}, {connection.Source}): {string.Join(", ", Settings.Keys.Where(k => k.StartsWith(prefix + "__", StringComparison.Ordinal)))}");
            if (Value(prefix) is not null)
            {
                Problems.Add($"{prefix}: a connection string; connections are identity-based");
            }

            if (endpoint is null || (used && endpoint.Length == 0))
            {
                Problems.Add($"{prefix}__{endpoints[0]}: {connection.Name} ({connection.Source}) names no {connection.Service} endpoint");
            }

            if (Value($"{prefix}__credential") != "managedidentity")
            {
                Problems.Add($"{prefix}__credential: must be managedidentity");
            }

            if (string.IsNullOrEmpty(Value($"{prefix}__clientId")))
            {
                Problems.Add($"{prefix}__clientId: the user-assigned identity's client id is not set (the host would look for a system-assigned one)");
            }
        }
    }

    private string? Value(string key) => Settings.TryGetValue(key, out var value) ? value switch { ArmUnknown u => u.ToString(), _ => value as string } : null;
}
