using GridBot.Core.Configuration;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GridBot.Cli;

/// <summary>
/// The CLI's one wiring point for settings: configuration (environment variables such as <c>Exchange__ApiKey</c>,
/// <c>GridBot__RolloutStage</c>) bound to the same options classes every host uses and validated before any command
/// runs. Command-line options override them where both exist (<c>--api-key</c> over <c>Exchange__ApiKey</c>).
/// </summary>
public sealed record CliSettings(ExchangeOptions Exchange, GridBotOptions GridBot, StorageOptions Storage)
{
    /// <summary>The settings from <paramref name="configuration"/>, or every bad setting named in one message.</summary>
    public static CliSettings Load(IConfiguration configuration, out string? problem)
    {
        using var services = new ServiceCollection().AddGridBotOptions(configuration).BuildServiceProvider();
        var problems = services.ValidateSettings();
        problem = problems.Count == 0 ? null : string.Join("; ", problems);
        return problem is null
            ? new CliSettings(services.GetRequiredService<IOptions<ExchangeOptions>>().Value, services.GetRequiredService<IOptions<GridBotOptions>>().Value,
                services.GetRequiredService<IOptions<StorageOptions>>().Value)
            : new CliSettings(new ExchangeOptions(), new GridBotOptions(), new StorageOptions());
    }

    public static IConfiguration FromEnvironment() => new ConfigurationBuilder().AddEnvironmentVariables().Build();
}
