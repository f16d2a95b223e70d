namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The Function app's configuration as the isolated worker would see it in Azure: the template's app settings with
/// <c>__</c> read as <c>:</c>, Key Vault references resolved (to a stand-in), and each value only Azure knows
/// (an endpoint, the identity's client id) replaced by a value of the same shape.
/// </summary>
internal static class AppConfiguration
{
    public const string ResolvedSecret = "resolved-from-key-vault";

    /// <summary>A resolved bot token has BotFather's shape (the app validates it at start).</summary>
    public const string ResolvedBotToken = "123456789:resolved-from-key-vault_0123456789";

    public static bool IsKeyVaultReference(object? value) =>
        value is string s && s.StartsWith("@Microsoft.KeyVault(SecretUri=", StringComparison.Ordinal) && s.EndsWith(')');

    public static Dictionary<string, string?> From(IReadOnlyDictionary<string, object?> settings) =>
        settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => Resolve(s.Key, s.Value), StringComparer.OrdinalIgnoreCase);

    private static string? Resolve(string key, object? value) => value switch
    {
        _ when IsKeyVaultReference(value) => key.Equals("Telegram__BotToken", StringComparison.OrdinalIgnoreCase) ? ResolvedBotToken : ResolvedSecret,
        ArmUnknown => ShapeOf(key),
        string s when s.Contains(ArmUnknown.Marker, StringComparison.Ordinal) => ShapeOf(key),
        string s => s,
        null => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string ShapeOf(string key)
    {
        static bool Has(string key, string part) => key.Contains(part, StringComparison.OrdinalIgnoreCase);
        return key switch
        {
            _ when key.EndsWith("accountName", StringComparison.OrdinalIgnoreCase) => "stgridbotexample",
            _ when key.EndsWith("clientId", StringComparison.OrdinalIgnoreCase) || key == "AZURE_CLIENT_ID" => "00000000-0000-0000-0000-000000000001",
            _ when Has(key, "Namespace") => "sb-gridbot-example.servicebus.windows.net",
            _ when Has(key, "Blob") => "https://stgridbotexample.blob.core.windows.net/",
            _ when Has(key, "Table") => "https://stgridbotexample.table.core.windows.net/",
            _ when Has(key, "Queue") => "https://stgridbotexample.queue.core.windows.net/",
            _ => "known-at-deployment",
        };
    }
}
