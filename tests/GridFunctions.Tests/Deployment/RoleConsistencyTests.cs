using System.Text.Json;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The app identity's role assignments in the compiled template: every service the app reaches with its identity
/// (read from its settings) has the role it needs on that resource, and the identity has no other role.
/// </summary>
public sealed class RoleConsistencyTests(ITestOutputHelper output)
{
    private const string BlobOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string ServiceBusSender = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
    private const string ServiceBusReceiver = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    public static TheoryData<string, string, bool> Scenarios => Scenario.All;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Roles_EveryServiceTheAppReachesWithItsIdentity_HasItsRoleThereAndNoMore(string plan, string fanOut, bool secrets)
    {
        var deployment = new Scenario(plan, fanOut, secrets).Deployment();
        var settings = deployment.AppSettings();
        var needs = Needs(settings, plan).ToList();
        var assignments = AppAssignments(deployment).ToList();
        foreach (var assignment in assignments)
        {
            output.WriteLine($"assigned {assignment.Role} on {assignment.Scope}");
        }

        foreach (var need in needs)
        {
            output.WriteLine($"needs {need.Why}: one of [{string.Join(", ", need.Roles)}] on {need.ScopeType}");
            assignments.Should().Contain(a => need.Roles.Contains(a.Role) && a.Scope.StartsWith(need.ScopeType + "/", StringComparison.OrdinalIgnoreCase), need.Why);
        }

        assignments.Should().OnlyContain(
            a => needs.Any(n => n.Roles.Contains(a.Role) && a.Scope.StartsWith(n.ScopeType + "/", StringComparison.OrdinalIgnoreCase)),
            "the identity gets exactly the roles the code needs");
    }

    [Fact]
    public void Roles_AreGivenToTheIdentityTheAppRunsAs()
    {
        var deployment = new Scenario("flex", "servicebus", true).Deployment();
        var (_, appScope) = deployment.Module("functionapp");
        var (_, rolesScope) = deployment.Module("roles");

        Source(appScope.Parameter("identityId")).Should().Contain("'identity')").And.Contain("outputs.id");
        Source(rolesScope.Parameter("principalId")).Should().Contain("'identity')").And.Contain("outputs.principalId");
        deployment.ModuleResources("functionapp", "Microsoft.Web/sites").Should().ContainSingle()
            .Which.Resource.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString().Should().Be("[parameters('identityId')]");
    }

    private static string Source(object? value) => value.Should().BeOfType<ArmUnknown>().Subject.Expression;

    /// <summary>What the settings make the app (and the platform, for the app) do with the identity.</summary>
    private static IEnumerable<(string Why, string[] Roles, string ScopeType)> Needs(IReadOnlyDictionary<string, object?> settings, string plan)
    {
        const string storage = "Microsoft.Storage/storageAccounts";
        bool Set(string key) => settings.TryGetValue(key, out var v) && v is ArmUnknown or string { Length: > 0 };

        if (Set("AzureWebJobsStorage__accountName"))
        {
            // The host's blob leases and timers ask for Blob Data Owner; Durable's queues and tables need the others.
            yield return ("the Functions host (AzureWebJobsStorage)", [BlobOwner], storage);
            yield return ("the Durable task hub's queues", [QueueContributor], storage);
            yield return ("the Durable task hub's tables", [TableContributor], storage);
        }

        if (Set("Storage__BlobServiceUri"))
        {
            yield return ("bot state, reports and bars (Storage:BlobServiceUri)", [BlobContributor, BlobOwner], storage);
        }

        if (Set("Storage__TableServiceUri"))
        {
            yield return ("fills and bots tables (Storage:TableServiceUri)", [TableContributor], storage);
        }

        if (Set("FanOut__QueueConnection__queueServiceUri") || Set("FanOut__QueueServiceUri"))
        {
            yield return ("the fill queues (FanOut:QueueConnection)", [QueueContributor], storage);
        }

        if (Set("FanOut__ServiceBusNamespace"))
        {
            yield return ("publishing fills (FanOut:ServiceBusNamespace)", [ServiceBusSender], "Microsoft.ServiceBus/namespaces");
            yield return ("the Service Bus triggers (FanOut:ServiceBusConnection)", [ServiceBusReceiver], "Microsoft.ServiceBus/namespaces");
        }

        if (settings.Values.Any(AppConfiguration.IsKeyVaultReference))
        {
            yield return ("Key Vault references", [KeyVaultSecretsUser], "Microsoft.KeyVault/vaults");
        }

        if (settings.TryGetValue("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", out var auth) && auth is string a && a.Contains("Authorization=AAD", StringComparison.Ordinal))
        {
            yield return ("telemetry with Entra auth", [MetricsPublisher], "Microsoft.Insights/components");
        }

        yield return (plan == "flex" ? "the Flex deployment container" : "the package blob (WEBSITE_RUN_FROM_PACKAGE)", [BlobContributor, BlobOwner], storage);
    }

    /// <summary>The role assignments to the app's identity (not the optional deployer's): role id and readable scope.</summary>
    private static IEnumerable<(string Role, string Scope)> AppAssignments(ArmDeployment deployment)
    {
        foreach (var (resource, scope) in deployment.ModuleResources("roles", "Microsoft.Authorization/roleAssignments"))
        {
            var properties = resource.GetProperty("properties");
            if (scope.Value(properties.GetProperty("principalId")) is not ArmUnknown principal || !principal.Expression.Contains("principalId", StringComparison.Ordinal))
            {
                continue;
            }

            var role = ((string)scope.Value(properties.GetProperty("roleDefinitionId"))!).Split('/')[^1];
            yield return (role, (string)scope.Value(resource.GetProperty("scope"))!);
        }
    }
}
