using Azure.Messaging.ServiceBus;
using Azure.Storage.Queues;

namespace GridFunctions.FanOut;

/// <summary>
/// How each bot fill reaches the safety and flatten handlers (section <c>FanOut</c>).
/// <para>
/// Queues: the publisher and the queue triggers use one account. The triggers read the connection named
/// <c>FanOut:QueueConnection</c> (a connection string; with a managed identity the Functions convention
/// <c>FanOut__QueueConnection__queueServiceUri</c>), so set it in Azure. The publisher uses, first found:
/// <see cref="QueueConnection"/>, <see cref="QueueServiceUri"/> (with <c>DefaultAzureCredential</c>; needs the Storage
/// Queue Data Contributor role; give the trigger the same URI), <c>Storage:ConnectionString</c>, <c>AzureWebJobsStorage</c>.
/// </para>
/// <para>
/// Service Bus: topic <see cref="Topic"/> with subscriptions <c>safety</c> and <c>flatten</c> (sessions on, duplicate
/// detection on the topic). The publisher uses <see cref="ServiceBusConnection"/>, else <see cref="ServiceBusNamespace"/>
/// with <c>DefaultAzureCredential</c> (Azure Service Bus Data Sender role); the triggers read the connection named
/// <c>FanOut:ServiceBusConnection</c> (with an identity: <c>FanOut__ServiceBusConnection__fullyQualifiedNamespace</c>).
/// </para>
/// </summary>
public sealed class FanOutOptions
{
    public const string SectionName = "FanOut";

    public FanOutKind Kind { get; set; } = FanOutKind.Queues;

    public string SafetyQueue { get; set; } = "fills-safety";

    public string FlattenQueue { get; set; } = "fills-flatten";

    /// <summary>A storage connection string for the fill queues (Azurite: <c>UseDevelopmentStorage=true</c>).</summary>
    public string? QueueConnection { get; set; }

    /// <summary>With no <see cref="QueueConnection"/>: the Queue endpoint, reached with <c>DefaultAzureCredential</c>.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>A Service Bus connection string; takes precedence over <see cref="ServiceBusNamespace"/>.</summary>
    public string? ServiceBusConnection { get; set; }

    /// <summary>The fully qualified namespace (<c>name.servicebus.windows.net</c>), reached with <c>DefaultAzureCredential</c>.</summary>
    public string? ServiceBusNamespace { get; set; }

    public string Topic { get; set; } = "fills";

    /// <summary>Each bad setting, naming its key; empty when the section is valid.</summary>
    public IEnumerable<string> Problems()
    {
        IEnumerable<string> kind = Enum.IsDefined(Kind)
            ? []
            : [$"{SectionName}:Kind '{Kind}' is not one of {string.Join(", ", Enum.GetNames<FanOutKind>())}"];
        return kind.Concat(Kind == FanOutKind.ServiceBus ? ServiceBusProblems() : QueueProblems());
    }

    private IEnumerable<string> QueueProblems()
    {
        foreach (var (key, name) in new[] { (nameof(SafetyQueue), SafetyQueue), (nameof(FlattenQueue), FlattenQueue) })
        {
            if (!IsQueueName(name))
            {
                yield return $"{SectionName}:{key} '{name}' is not a queue name (3-63 lowercase letters, digits and single hyphens)";
            }
        }

        if (string.Equals(SafetyQueue, FlattenQueue, StringComparison.Ordinal))
        {
            yield return $"{SectionName}:SafetyQueue and {SectionName}:FlattenQueue must differ (each handler needs every fill)";
        }

        if (!string.IsNullOrWhiteSpace(QueueConnection) && ConnectionProblem(() => new QueueServiceClient(QueueConnection)) is { } problem)
        {
            yield return $"{SectionName}:QueueConnection is not a storage connection string: {problem}";
        }

        if (SetUri(QueueServiceUri) is { } uri && !(uri.IsAbsoluteUri && uri.Scheme is "https" or "http"))
        {
            yield return $"{SectionName}:QueueServiceUri '{uri}' must be an absolute http(s) URI";
        }
    }

    private IEnumerable<string> ServiceBusProblems()
    {
        if (string.IsNullOrWhiteSpace(Topic))
        {
            yield return $"{SectionName}:Topic must name the fills topic when {SectionName}:Kind is ServiceBus";
        }

        if (!string.IsNullOrWhiteSpace(ServiceBusConnection))
        {
            if (ServiceBusConnectionProblem(ServiceBusConnection) is { } problem)
            {
                yield return $"{SectionName}:ServiceBusConnection is not a Service Bus connection string: {problem}";
            }
        }
        else if (string.IsNullOrWhiteSpace(ServiceBusNamespace))
        {
            yield return $"{SectionName}:Kind is ServiceBus: set {SectionName}:ServiceBusConnection, or {SectionName}:ServiceBusNamespace (with a managed identity)";
        }
        else if (Uri.CheckHostName(ServiceBusNamespace) != UriHostNameType.Dns || !ServiceBusNamespace.Contains('.', StringComparison.Ordinal))
        {
            yield return $"{SectionName}:ServiceBusNamespace '{ServiceBusNamespace}' must be a fully qualified host name (name.servicebus.windows.net)";
        }
    }

    /// <summary>The binder reads an empty setting as an empty relative URI: that means unset.</summary>
    internal static Uri? SetUri(Uri? uri) => uri is null || uri.OriginalString.Length == 0 ? null : uri;

    private static bool IsQueueName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);

    private static string? ServiceBusConnectionProblem(string connection)
    {
        ServiceBusConnectionStringProperties? properties = null;
        var problem = ConnectionProblem(() => properties = ServiceBusConnectionStringProperties.Parse(connection));
        return problem
            ?? (properties!.Endpoint is not { IsAbsoluteUri: true, Host.Length: > 0 } ? "no Endpoint=sb://…"
                : properties.SharedAccessSignature is null && (properties.SharedAccessKeyName is null || properties.SharedAccessKey is null)
                    ? "no SharedAccessKeyName and SharedAccessKey (or SharedAccessSignature)"
                    : null);
    }

    private static string? ConnectionProblem(Func<object> parse)
    {
        try
        {
            _ = parse();
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
