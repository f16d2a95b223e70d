using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace GridFunctions.Tests.Settings;

/// <summary>Answers from a dictionary and remembers every key the app asked for (the options binder asks for each property it binds).</summary>
internal sealed class RecordingConfigurationProvider(IDictionary<string, string?> values) : ConfigurationProvider, IConfigurationSource
{
    public ConcurrentDictionary<string, bool> Asked { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override void Load()
    {
        foreach (var (key, value) in values)
        {
            Data[key] = value;
        }
    }

    public override bool TryGet(string key, out string? value)
    {
        Asked[key] = true;
        return base.TryGet(key, out value);
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;
}
