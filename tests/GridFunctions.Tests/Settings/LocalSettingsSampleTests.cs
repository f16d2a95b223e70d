using System.Text.Json;
using GridBot.Runtime.Control;
using GridBot.Runtime.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Settings;

/// <summary>local.settings.sample.json names every setting the Function app reads, and its values make a valid app.</summary>
public sealed class LocalSettingsSampleTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"gf-settings-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Sample_NamesEverySettingTheAppReads()
    {
        var sample = SampleValues();
        var recorder = new RecordingConfigurationProvider(WithTempDb(sample));
        await using (var services = Build(recorder))
        {
            services.ValidateSettings().Should().BeEmpty();
            // Build what the functions build, so every setting they read is read here.
            services.GetRequiredService<GridFunctions.Http.ControlFactory>().Should().NotBeNull();
            services.GetRequiredService<GridBot.Runtime.BotEffects>().Should().NotBeNull();
            services.GetRequiredService<GridBot.Runtime.IFillPublisher>().Should().NotBeNull();
        }

        var asked = recorder.Asked.Keys.ToList();
        var leaves = asked.Where(k => !asked.Any(other => other.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Join(Environment.NewLine, leaves));
        leaves.Should().Contain("Exchange:ApiKey").And.Contain("Storage:SqlitePath").And.Contain("GridBot:RolloutStage");
        var missing = leaves.Where(k => !sample.Keys.Any(s => s.Equals(k, StringComparison.OrdinalIgnoreCase) || s.StartsWith(k + ":", StringComparison.OrdinalIgnoreCase))).ToList();
        output.WriteLine("MISSING " + string.Join(" ", missing));
        missing.Should().BeEmpty("local.settings.sample.json must name every setting the app reads");
    }

    [Fact]
    public async Task Sample_BadSetting_StopsStartUpNamingIt()
    {
        var values = WithTempDb(SampleValues());
        values["GridBot:RolloutStage"] = "9";
        values["Exchange:RecvWindowMs"] = "0";
        await using var services = Build(new RecordingConfigurationProvider(values));

        var problems = services.ValidateSettings();

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.Contains("GridBot:RolloutStage", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("Exchange:RecvWindowMs", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>The sample's Values with <c>__</c> read as <c>:</c>, as the Functions host does.</summary>
    internal static Dictionary<string, string?> SampleValues()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("local.settings.sample.json")));
        return doc.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
    }

    private Dictionary<string, string?> WithTempDb(Dictionary<string, string?> values) =>
        new(values, StringComparer.OrdinalIgnoreCase) { ["Storage:SqlitePath"] = _db };

    private static ServiceProvider Build(RecordingConfigurationProvider recorder)
    {
        var configuration = new ConfigurationBuilder().Add(recorder).Build();
        return new ServiceCollection().AddLogging().AddGridFunctions(configuration).BuildServiceProvider();
    }
}
