using System.Text.Json;
using System.Text.RegularExpressions;

namespace GridFunctions.Tests.Settings;

/// <summary>host.json: every <c>%Setting%</c> it names (the Durable hub) is in local.settings.sample.json, and the Durable backend is the one the tests run.</summary>
public sealed partial class HostJsonTests
{
    [Fact]
    public void HostJson_SettingsItNames_AreInTheSampleAndTheDurableBackendMatchesTheTests()
    {
        var host = File.ReadAllText(RepositoryFiles.PathOf("host.json"));
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name.Replace("__", ":", StringComparison.Ordinal)).ToHashSet();

        var named = SettingReference().Matches(host).Select(m => m.Groups[1].Value).ToList();

        named.Should().Contain("DurableTask:HubName");
        values.Should().Contain(named);
        using var json = JsonDocument.Parse(host);
        var durable = json.RootElement.GetProperty("extensions").GetProperty("durableTask");
        durable.GetProperty("storageProvider").GetProperty("useSeparateQueueForEntityWorkItems").GetBoolean().Should().BeTrue();
        durable.GetProperty("extendedSessionsEnabled").GetBoolean().Should().BeFalse("extended sessions lost entity state on this backend in the engine tests");
    }

    [GeneratedRegex("%([A-Za-z0-9_:]+)%")]
    private static partial Regex SettingReference();
}
