using System.Text.Json;
using System.Text.RegularExpressions;

namespace GridFunctions.Tests.Deployment;

/// <summary>A connection a trigger or the host reads, and what kind of service it names.</summary>
internal sealed record BindingConnection(string Name, string Service, string Source);

/// <summary>
/// What the Functions host resolves from app settings for this app, read from the app itself: the built
/// <c>functions.metadata</c> (every binding's <c>connection</c> and <c>%setting%</c>), host.json (its <c>%setting%</c>s
/// and the Durable storage connection), and the source's trigger attributes for triggers compiled only with
/// <c>-p:ServiceBusTriggers=true</c> (not in this build's metadata).
/// </summary>
internal static partial class AppBindings
{
    public static IReadOnlyList<JsonElement> Metadata()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.EnumerateArray().SelectMany(f => f.GetProperty("bindings").EnumerateArray()).Select(b => b.Clone())];
    }

    /// <summary>Every <c>%name%</c> the host resolves (binding properties and host.json), as <c>Section:Key</c>.</summary>
    public static IReadOnlySet<string> SettingExpressions()
    {
        var texts = Metadata().Select(b => b.GetRawText())
            .Append(File.ReadAllText(RepositoryFiles.PathOf("host.json")))
            .Concat(SourceFiles().Select(File.ReadAllText).SelectMany(s => TriggerAttribute().Matches(s).Select(m => m.Value)));
        return texts.SelectMany(t => Expression().Matches(t).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<BindingConnection> Connections()
    {
        var connections = new List<BindingConnection>();
        foreach (var binding in Metadata().Where(b => b.TryGetProperty("connection", out _)))
        {
            var type = binding.GetProperty("type").GetString()!;
            connections.Add(new BindingConnection(binding.GetProperty("connection").GetString()!, ServiceOf(type), $"functions.metadata {type}"));
        }

        using var host = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("host.json")));
        var durable = host.RootElement.GetProperty("extensions").GetProperty("durableTask").GetProperty("storageProvider");
        connections.Add(new BindingConnection(durable.GetProperty("connectionStringName").GetString()!, "storage", "host.json durableTask"));
        connections.Add(new BindingConnection("AzureWebJobsStorage", "storage", "the Functions host"));

        foreach (var match in SourceFiles().Select(File.ReadAllText).SelectMany(s => TriggerAttribute().Matches(s)))
        {
            connections.Add(new BindingConnection(match.Groups["connection"].Value, ServiceOf(match.Groups["kind"].Value), $"source [{match.Groups["kind"].Value}Trigger]"));
        }

        return [.. connections.DistinctBy(c => (c.Name, c.Service))];
    }

    /// <summary>Subscriptions the Service Bus triggers read (their second argument), from the source.</summary>
    public static IReadOnlySet<string> ServiceBusSubscriptions() =>
        SourceFiles().Select(File.ReadAllText).SelectMany(s => ServiceBusSubscription().Matches(s).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    private static string ServiceOf(string triggerType) => triggerType.ToLowerInvariant() switch
    {
        "queuetrigger" or "queue" => "queue",
        "servicebustrigger" or "servicebus" => "servicebus",
        "blobtrigger" or "blob" => "blob",
        _ => triggerType,
    };

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("src/GridFunctions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("%([A-Za-z0-9_:.-]+)%")]
    private static partial Regex Expression();

    [GeneratedRegex(@"\[(?<kind>\w+)Trigger\([^\]]*?Connection\s*=\s*""(?<connection>[^""]+)""")]
    private static partial Regex TriggerAttribute();

    [GeneratedRegex(@"\[ServiceBusTrigger\(""[^""]*"",\s*""([^""]+)""")]
    private static partial Regex ServiceBusSubscription();
}
