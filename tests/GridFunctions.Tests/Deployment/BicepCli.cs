using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// The Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c> (a <c>PackageDownload</c> of this
/// project, so restore puts it in the NuGet cache). The package ships it with mode 744: run as its owner it runs in
/// place; otherwise it is copied once to a temporary folder and made executable.
/// </summary>
internal static class BicepCli
{
    public const string Version = "0.49.2";

    private static readonly Lazy<string> Executable = new(Locate);

    public static string Path => Executable.Value;

    /// <summary>Runs <c>bicep</c> with <paramref name="args"/>; stdout and stderr are returned whole.</summary>
    public static ProcessResult Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Offline and quiet: no telemetry, no update check.
        info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        return ProcessResult.Run(info, TimeSpan.FromMinutes(2));
    }

    private static string Locate()
    {
        var built = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NuGetPackageRoot")?.Value;
        var root = built is { Length: > 0 } ? built
            : Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages ? packages
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = System.IO.Path.Combine(root, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {path}: restore tests/GridFunctions.Tests (its PackageDownload of Azure.Bicep.CommandLine.linux-x64 {Version}) first", path);
        }

        return CanRun(path) ? path : ExecutableCopy(path);
    }

    private static bool CanRun(string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit(TimeSpan.FromSeconds(60));
            return process.HasExited && process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // permission denied: not ours and not executable by others
        }
    }

    private static string ExecutableCopy(string path)
    {
        var dir = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bicep-{Version}-{Environment.UserName}"));
        var copy = System.IO.Path.Combine(dir.FullName, "bicep");
        if (!File.Exists(copy) || new FileInfo(copy).Length != new FileInfo(path).Length)
        {
            var partial = copy + $".{Guid.NewGuid():N}";
            File.Copy(path, partial);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            File.Move(partial, copy, overwrite: true);
        }

        return copy;
    }
}
