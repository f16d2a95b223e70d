using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The ARM template functions <see cref="ArmExpression"/> knows. What only a deployment can answer (<c>reference</c>,
/// <c>environment</c>, a resource's id) is an <see cref="ArmUnknown"/> or a readable stand-in; any other function is an
/// <see cref="ArmUnknown"/> too, never a guess.
/// </summary>
internal static partial class ArmFunctions
{
    private static readonly Dictionary<string, object?> ResourceGroup = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "/subscriptions/{?}/resourceGroups/{?}",
        ["name"] = new ArmUnknown("resourceGroup().name"),
        ["location"] = new ArmUnknown("resourceGroup().location"),
    };

    public static object? Call(string name, List<object?> args, ArmScope scope, string text)
    {
        switch (name.ToLowerInvariant())
        {
            case "parameters":
                return scope.Parameter((string)args[0]!);
            case "variables":
                return scope.Variable((string)args[0]!);
            case "format":
                return Format(args);
            case "concat" when args.All(a => a is not List<object?>):
                return string.Concat(args.Select(Text));
            case "resourceid":
            case "subscriptionresourceid":
            case "extensionresourceid":
                // A readable id: type and names, e.g. "Microsoft.KeyVault/vaults/kv-name".
                return string.Join('/', args.Select(Text));
            case "createobject":
                return Enumerable.Range(0, args.Count / 2).ToDictionary(i => (string)args[2 * i]!, i => args[(2 * i) + 1], StringComparer.OrdinalIgnoreCase);
            case "createarray":
                return args;
            case "copyindex":
                return scope.CopyIndex is { } index ? index + (args.Count > 0 && args[^1] is long offset ? offset : 0) : new ArmUnknown(text);
            case "resourcegroup":
                return ResourceGroup;
            case "reference":
            case "environment":
            case "subscription":
            case "deployment":
            case "newguid":
            case "utcnow":
                return new ArmUnknown(text);
        }

        return args.Any(a => a is ArmUnknown) ? new ArmUnknown(text) : Known(name, args, text);
    }

    private static object? Known(string name, List<object?> args, string text) => name.ToLowerInvariant() switch
    {
        "equals" => Equals(args[0], args[1]),
        "not" => !(bool)args[0]!,
        "and" => args.All(a => (bool)a!),
        "or" => args.Any(a => (bool)a!),
        "empty" => args[0] switch
        {
            null => true,
            string s => s.Length == 0,
            List<object?> list => list.Count == 0,
            Dictionary<string, object?> obj => obj.Count == 0,
            _ => false,
        },
        "length" => args[0] switch
        {
            string s => (long)s.Length,
            List<object?> list => (long)list.Count,
            Dictionary<string, object?> obj => (long)obj.Count,
            _ => throw new FormatException($"length of {args[0]} in [{text}]"),
        },
        "string" => args[0] switch
        {
            string s => s,
            bool b => b ? "True" : "False",
            long l => l.ToString(CultureInfo.InvariantCulture),
            _ => System.Text.Json.JsonSerializer.Serialize(args[0]),
        },
        "tolower" => ((string)args[0]!).ToLowerInvariant(),
        "toupper" => ((string)args[0]!).ToUpperInvariant(),
        "take" => args[0] is string s ? s[..(int)Math.Min(s.Length, (long)args[1]!)] : ((List<object?>)args[0]!).Take((int)(long)args[1]!).ToList(),
        "contains" => args[0] switch
        {
            string s => s.Contains(Text(args[1]), StringComparison.OrdinalIgnoreCase),
            List<object?> list => list.Any(v => Equals(v, args[1])),
            Dictionary<string, object?> obj => obj.ContainsKey((string)args[1]!),
            _ => false,
        },
        "split" => ((string)args[0]!).Split((string)args[1]!).Cast<object?>().ToList(),
        "union" when args.All(a => a is Dictionary<string, object?>) => args.Cast<Dictionary<string, object?>>()
            .SelectMany(d => d).GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase),
        "uniquestring" => "u" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', args.Select(Text)))))[..12].ToLowerInvariant(),
        "guid" => new Guid(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', args.Select(Text))))[..16]).ToString(),
        _ => new ArmUnknown(text),
    };

    private static new bool Equals(object? a, object? b) => (a, b) switch
    {
        (string x, string y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase),
        _ => object.Equals(a, b),
    };

    private static string Format(List<object?> args)
    {
        var template = (string)args[0]!;
        return FormatHole().Replace(template, m => Text(args[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1]));
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        ArmUnknown => ArmUnknown.Marker,
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => System.Text.Json.JsonSerializer.Serialize(value),
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex FormatHole();
}
