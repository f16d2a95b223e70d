using System.Text.Json;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The repository's templates (<c>bicep/</c>), put through <see cref="BicepGate"/> once per test run; the compiled
/// <c>main.json</c> (ARM JSON, modules nested) is what the consistency tests read.
/// </summary>
internal static class BicepTemplates
{
    public static string Folder => RepositoryFiles.PathOf("bicep");

    public static string OutDir { get; } = Path.Combine(Path.GetTempPath(), $"gf-bicep-{Guid.NewGuid():N}");

    private static readonly Lazy<BicepGate> LazyGate = new(() =>
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteOutDir();
        return BicepGate.Check(Folder, OutDir);
    });

    public static BicepGate Gate => LazyGate.Value;

    /// <summary>The compiled main template; throws with the gate's failures when it did not compile.</summary>
    public static JsonElement Main
    {
        get
        {
            var path = Path.Combine(OutDir, "main.json");
            if (!Gate.Passed || !File.Exists(path))
            {
                throw new InvalidOperationException($"bicep/main.bicep did not pass the gate: {string.Join(Environment.NewLine, Gate.Failures)}");
            }

            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            return doc.RootElement.Clone();
        }
    }

    private static void DeleteOutDir()
    {
        try
        {
            Directory.Delete(OutDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort at exit: a temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
