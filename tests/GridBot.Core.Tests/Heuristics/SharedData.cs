namespace GridBot.Core.Tests.Heuristics;

/// <summary>
/// Locates the real market data in <c>shared/data</c>, which sits beside the repository root (../shared), not in it.
/// Walks up from the test binaries so it works from /work/main, a worktree, or a CI clone;
/// <see cref="EnvironmentVariable"/> overrides the search. Returns null when the data is absent.
/// </summary>
internal static class SharedData
{
    public const string EnvironmentVariable = "GRIDBOT_SHARED_DATA";

    public static string? Find(string fileName)
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var path = Path.Combine(overridden, fileName);
            return File.Exists(path) ? path : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
