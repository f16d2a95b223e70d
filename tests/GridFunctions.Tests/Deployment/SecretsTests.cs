using System.Text.Json;
using System.Text.RegularExpressions;

namespace GridFunctions.Tests.Deployment;

/// <summary>No secret is a literal in the templates: secure parameters have no defaults, no key or connection string
/// appears anywhere, secure values go only to Key Vault, and the app's secret settings are Key Vault references.</summary>
public sealed partial class SecretsTests
{
    private static readonly string[] SecretSettings = ["Exchange__ApiKey", "Exchange__ApiSecret", "Telegram__BotToken", "Telegram__WebhookSecret"];

    [Fact]
    public void SecureParameters_InEveryTemplate_HaveNoDefault()
    {
        var secure = Templates(BicepTemplates.Main)
            .SelectMany(t => t.GetProperty("parameters").EnumerateObject())
            .Where(p => p.Value.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .ToList();

        secure.Select(p => p.Name).Should().Contain(["exchangeApiKey", "exchangeApiSecret", "telegramBotToken", "telegramWebhookSecret", "secrets"]);
        foreach (var parameter in secure)
        {
            if (parameter.Value.TryGetProperty("defaultValue", out var value))
            {
                value.ToString().Should().BeOneOf([string.Empty, "{}"], $"@secure() {parameter.Name} has no literal default");
            }
        }
    }

    [Fact]
    public void Templates_HoldNoKeyOrConnectionString()
    {
        _ = BicepTemplates.Main; // compiled by the gate
        var text = File.ReadAllText(Path.Combine(BicepTemplates.OutDir, "main.json"));

        foreach (var marker in new[] { "AccountKey=", "SharedAccessKey=", "listKeys(", "listConnectionStrings(", "DefaultEndpointsProtocol=", "UseDevelopmentStorage" })
        {
            text.Should().NotContainEquivalentOf(marker);
        }

        Storage(BicepTemplates.Main).GetProperty("allowSharedKeyAccess").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void SecureParameters_OfMain_FlowOnlyIntoKeyVault()
    {
        var main = BicepTemplates.Main;
        var secure = main.GetProperty("parameters").EnumerateObject().Where(p => p.Value.GetProperty("type").GetString() == "securestring").Select(p => p.Name).ToList();
        var outsideKeyVault = ArmDeployment.Resources(main).Where(r => r.GetProperty("name").GetString() != "keyvault").Select(r => r.GetRawText())
            .Append(main.GetProperty("variables").GetRawText()).Append(main.GetProperty("outputs").GetRawText());

        foreach (var text in outsideKeyVault)
        {
            foreach (var name in secure)
            {
                // Only whether a secret was given may leave Key Vault (to leave its setting empty), never its value.
                var uses = Regex.Count(text, $@"parameters\('{name}'\)");
                var emptinessChecks = Regex.Count(text, $@"empty\(parameters\('{name}'\)\)");
                uses.Should().Be(emptinessChecks, $"{name} is used only in the keyvault module (or tested for empty())");
            }
        }
    }

    [Theory]
    [InlineData("flex", "queues", true)]
    [InlineData("premium", "servicebus", true)]
    [InlineData("flex", "queues", false)]
    public void SecretSettings_AreKeyVaultReferences(string plan, string fanOut, bool secrets)
    {
        var settings = new Scenario(plan, fanOut, secrets).Deployment().AppSettings();

        foreach (var key in SecretSettings)
        {
            var value = settings[key];
            if (secrets)
            {
                AppConfiguration.IsKeyVaultReference(value).Should().BeTrue($"{key} = {value}");
                ((string)value!).Should().MatchRegex(@"secrets/[a-z0-9-]+\)$", "a reference without a version follows the secret's latest value");
            }
            else
            {
                value.Should().Be(string.Empty, $"{key} is left empty when its secret is not given");
            }
        }

        settings.Where(s => SecretName().IsMatch(s.Key) && !SecretSettings.Contains(s.Key)).Should().BeEmpty("every secret-looking setting is one of the Key Vault ones");
    }

    [Fact]
    public void ParametersExample_HoldsNoSecret()
    {
        using var example = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepTemplates.Folder, "main.parameters.example.json")));
        var secure = BicepTemplates.Main.GetProperty("parameters").EnumerateObject().Where(p => p.Value.GetProperty("type").GetString()!.StartsWith("secure", StringComparison.Ordinal)).Select(p => p.Name);
        var declared = BicepTemplates.Main.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet();

        var given = example.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        given.Should().NotIntersectWith(secure);
        declared.Should().Contain(given, "the example names only parameters main.bicep declares");
    }

    internal static IEnumerable<JsonElement> Templates(JsonElement template) =>
        ArmDeployment.Resources(template)
            .Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            .SelectMany(r => Templates(r.GetProperty("properties").GetProperty("template")))
            .Prepend(template);

    private static JsonElement Storage(JsonElement main) =>
        Templates(main).SelectMany(ArmDeployment.Resources).Single(r => r.GetProperty("type").GetString() == "Microsoft.Storage/storageAccounts").GetProperty("properties");

    [GeneratedRegex("(Key|Secret|Token|Password)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
