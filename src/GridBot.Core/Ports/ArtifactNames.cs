namespace GridBot.Core.Ports;

/// <summary>The rule every <see cref="IArtifactStore"/> applies to names, so a name valid in one store is valid in all.</summary>
public static class ArtifactNames
{
    public const int MaxLength = 512;

    /// <summary>Why <paramref name="name"/> is not a valid artifact name, or null when it is.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "an artifact name must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"artifact name is {name.Length} characters long; at most {MaxLength}";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return $"artifact name '{name}' has an empty, '.' or '..' segment";
            }

            foreach (var c in segment)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-'))
                {
                    return $"artifact name '{name}' has '{c}': use letters, digits, '.', '_', '-' and '/'";
                }
            }
        }

        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the problem when <paramref name="name"/> is not valid.</summary>
    public static string Require(string? name) =>
        Problem(name) is { } problem ? throw new ArgumentException(problem, nameof(name)) : name!;
}
