using System.Text.Json;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// One template's evaluation context: its parameters (given values, else their <c>defaultValue</c>), its variables
/// (evaluated on first use) and, inside a copy loop, the current <c>copyIndex()</c>.
/// </summary>
internal sealed class ArmScope
{
    private readonly Dictionary<string, object?> _given;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, object?> _variables = new(StringComparer.OrdinalIgnoreCase);

    public ArmScope(JsonElement template, IReadOnlyDictionary<string, object?> parameters, long? copyIndex = null)
    {
        Template = template;
        _given = new Dictionary<string, object?>(parameters, StringComparer.OrdinalIgnoreCase);
        CopyIndex = copyIndex;
    }

    public JsonElement Template { get; }

    public long? CopyIndex { get; }

    public ArmScope WithCopyIndex(long index) => new(Template, _given, index);

    public object? Parameter(string name)
    {
        if (_given.TryGetValue(name, out var value))
        {
            return value;
        }

        if (!_parameters.TryGetValue(name, out value))
        {
            var declared = Template.GetProperty("parameters").EnumerateObject().Single(p => p.NameEquals(name) || p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            value = declared.TryGetProperty("defaultValue", out var defaultValue)
                ? Value(defaultValue)
                : throw new KeyNotFoundException($"parameter '{name}' has no value and no default");
            _parameters[name] = value;
        }

        return value;
    }

    public object? Variable(string name)
    {
        if (!_variables.TryGetValue(name, out var value))
        {
            var declared = Template.GetProperty("variables").EnumerateObject().Single(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
            value = Value(declared);
            _variables[name] = value;
        }

        return value;
    }

    /// <summary>A JSON value of the template with every expression string in it evaluated.</summary>
    public object? Value(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => String(json.GetString()!),
        JsonValueKind.Number => json.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => json.EnumerateArray().Select(Value).ToList(),
        _ => json.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>A template string: <c>[expr]</c> is evaluated, <c>[[…</c> is a literal starting with '['.</summary>
    public object? String(string text) =>
        text.StartsWith("[[", StringComparison.Ordinal) ? text[1..]
        : text.StartsWith('[') && text.EndsWith(']') ? ArmExpression.Evaluate(text[1..^1], this)
        : text;
}
