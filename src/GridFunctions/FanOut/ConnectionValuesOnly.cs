using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace GridFunctions.FanOut;

/// <summary>
/// The <c>FanOut</c> section as <see cref="FanOutOptions"/> binds it: read through, except that the trigger connections
/// (<c>QueueConnection</c>, <c>ServiceBusConnection</c>) answer only their own value. With a managed identity the
/// Functions convention sets <c>FanOut__QueueConnection__queueServiceUri</c> (…<c>__credential</c>, …<c>__clientId</c>),
/// which makes <c>FanOut:QueueConnection</c> a section with children: the binder then tries to construct the string
/// property from it and throws, and the host does not start. Hidden, the property stays null (no connection string)
/// and the publisher uses <see cref="FanOutOptions.QueueServiceUri"/> / <see cref="FanOutOptions.ServiceBusNamespace"/>.
/// </summary>
internal sealed class ConnectionValuesOnly(IConfigurationSection inner) : IConfigurationSection
{
    private static readonly HashSet<string> Connections = new(StringComparer.OrdinalIgnoreCase)
    {
        nameof(FanOutOptions.QueueConnection),
        nameof(FanOutOptions.ServiceBusConnection),
    };

    public string Key => inner.Key;

    public string Path => inner.Path;

    public string? Value
    {
        get => inner.Value;
        set => inner.Value = value;
    }

    public string? this[string key]
    {
        get => inner[key];
        set => inner[key] = value;
    }

    public IEnumerable<IConfigurationSection> GetChildren() => inner.GetChildren().Select(Wrap);

    public IConfigurationSection GetSection(string key) => Wrap(inner.GetSection(key));

    public IChangeToken GetReloadToken() => inner.GetReloadToken();

    private static IConfigurationSection Wrap(IConfigurationSection child) => Connections.Contains(child.Key) ? new ValueOnly(child) : child;

    /// <summary>A section that shows its value and no children.</summary>
    private sealed class ValueOnly(IConfigurationSection inner) : IConfigurationSection
    {
        public string Key => inner.Key;

        public string Path => inner.Path;

        public string? Value
        {
            get => inner.Value;
            set => inner.Value = value;
        }

        public string? this[string key]
        {
            get => null;
            set => inner[key] = value;
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IConfigurationSection GetSection(string key) => inner.GetSection(key);

        public IChangeToken GetReloadToken() => inner.GetReloadToken();
    }
}
