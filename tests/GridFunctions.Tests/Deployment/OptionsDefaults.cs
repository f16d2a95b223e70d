using System.Collections;
using System.Reflection;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// What a setting falls back to when it is not set, read from the options types themselves: every type in the app's
/// assemblies (GridBot.*, GridFunctions) with a <c>public const string SectionName</c> is a bound section; a key's
/// default is the value its property has on a new instance.
/// </summary>
internal static class OptionsDefaults
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyDictionary<string, Type> Sections { get; } = FindSections();

    /// <summary>"default X", "optional (…)" or null when the key has no fallback at all.</summary>
    public static string? Fallback(string key)
    {
        var parts = key.Split(':');
        if (!Sections.TryGetValue(parts[0], out var type))
        {
            return null;
        }

        object? value = Activator.CreateInstance(type);
        PropertyInfo? property = null;
        foreach (var part in parts.Skip(1))
        {
            if (value is IEnumerable and not string)
            {
                return "optional (a collection entry)";
            }

            property = value?.GetType().GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            value = property.GetValue(value);
        }

        return value switch
        {
            null or "" when property is not null && IsNullable(property) => "optional (unset means the code's own fallback)",
            null or "" => null,
            _ => $"default {Describe(value)}",
        };
    }

    /// <summary>
    /// Every leaf setting of every bound section (<c>Section:Property[:Property…]</c>), walking nested option classes;
    /// collections and dictionaries are leaves. What the binder would read if each were set.
    /// </summary>
    public static IEnumerable<string> LeafKeys() =>
        Sections.SelectMany(s => Leaves(s.Key, s.Value, depth: 0));

    private static IEnumerable<string> Leaves(string prefix, Type type, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}:{property.Name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nested = t.IsClass && t != typeof(string) && t != typeof(Uri) && !typeof(IEnumerable).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null && depth < 6;
            if (nested)
            {
                foreach (var leaf in Leaves(key, t, depth + 1))
                {
                    yield return leaf;
                }
            }
            else if (property.CanWrite || typeof(IEnumerable).IsAssignableFrom(t))
            {
                yield return key;
            }
        }
    }

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || Nullability.Create(property).WriteState == NullabilityState.Nullable;

    private static string Describe(object value) => value is IEnumerable e and not string ? $"[{string.Join(", ", e.Cast<object>())}]" : $"{value}";

    private static Dictionary<string, Type> FindSections()
    {
        foreach (var name in new[] { "GridBot.Core", "GridBot.Runtime", "GridBot.Storage", "GridBot.Telegram", "GridFunctions" })
        {
            try
            {
                Assembly.Load(name);
            }
            catch (FileNotFoundException)
            {
                // An assembly the app does not (yet) have.
            }
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } n && (n.StartsWith("GridBot.", StringComparison.Ordinal) || n == "GridFunctions") && !n.EndsWith("Tests", StringComparison.Ordinal) && !n.Contains("Testing", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(x => x.Field is { IsLiteral: true } && x.Field.FieldType == typeof(string) && x.Type.GetConstructor(Type.EmptyTypes) is not null)
            .ToDictionary(x => (string)x.Field!.GetRawConstantValue()!, x => x.Type, StringComparer.OrdinalIgnoreCase);
    }
}
