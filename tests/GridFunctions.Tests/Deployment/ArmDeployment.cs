using System.Text.Json;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The compiled main template evaluated for one set of parameters (what <c>az deployment group create</c> would be
/// given): its modules' parameters and resources, with what only Azure knows left as <see cref="ArmUnknown"/>.
/// </summary>
internal sealed class ArmDeployment(JsonElement main, IReadOnlyDictionary<string, object?> parameters)
{
    private readonly ArmScope _scope = new(main, parameters);

    public ArmScope Scope => _scope;

    public static IEnumerable<JsonElement> Resources(JsonElement template) =>
        template.GetProperty("resources") is { ValueKind: JsonValueKind.Object } symbolic
            ? symbolic.EnumerateObject().Select(p => p.Value)
            : template.GetProperty("resources").EnumerateArray();

    /// <summary>Whether the module is deployed with these parameters (its <c>condition</c>).</summary>
    public bool Deploys(string module) => Condition(ModuleResource(module), _scope);

    /// <summary>The module's nested template and its scope: the parameters main passes, evaluated.</summary>
    public (JsonElement Template, ArmScope Scope) Module(string name)
    {
        var resource = ModuleResource(name);
        var properties = resource.GetProperty("properties");
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in properties.GetProperty("parameters").EnumerateObject())
        {
            values[parameter.Name] = _scope.Value(parameter.Value) switch
            {
                Dictionary<string, object?> wrapped when wrapped.TryGetValue("value", out var value) => value,
                var other => other, // ArmUnknown
            };
        }

        var template = properties.GetProperty("template");
        return (template, new ArmScope(template, values));
    }

    /// <summary>Every resource of <paramref name="type"/> the module deploys, once per copy, with its scope.</summary>
    public IEnumerable<(JsonElement Resource, ArmScope Scope)> ModuleResources(string module, string type)
    {
        var (template, scope) = Module(module);
        foreach (var resource in Resources(template).Where(r => r.GetProperty("type").GetString()!.Equals(type, StringComparison.OrdinalIgnoreCase)))
        {
            var copies = resource.TryGetProperty("copy", out var copy) ? (long)scope.Value(copy.GetProperty("count"))! : -1;
            foreach (var each in copies < 0 ? [scope] : Enumerable.Range(0, (int)copies).Select(i => scope.WithCopyIndex(i)))
            {
                if (Condition(resource, each))
                {
                    yield return (resource, each);
                }
            }
        }
    }

    /// <summary>The Function app's settings (the <c>sites/config</c> <c>appsettings</c> resource), evaluated.</summary>
    public IReadOnlyDictionary<string, object?> AppSettings()
    {
        var (resource, scope) = ModuleResources("functionapp", "Microsoft.Web/sites/config")
            .Single(r => r.Scope.String(r.Resource.GetProperty("name").GetString()!) is string name && name.EndsWith("appsettings", StringComparison.Ordinal));
        return (Dictionary<string, object?>)scope.Value(resource.GetProperty("properties"))!;
    }

    private JsonElement ModuleResource(string name) =>
        Resources(main).Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == name);

    private static bool Condition(JsonElement resource, ArmScope scope) =>
        !resource.TryGetProperty("condition", out var condition) || scope.Value(condition) is true;
}
