namespace GridFunctions.Tests;

/// <summary>Files at the repository root (found by walking up to GridFunctions.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GridFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no GridFunctions.sln above {AppContext.BaseDirectory}");
    }
}
