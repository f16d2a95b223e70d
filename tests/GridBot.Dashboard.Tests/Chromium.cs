namespace GridBot.Dashboard.Tests;

/// <summary>
/// Debian's chromium (or the browser at <c>$GRIDBOT_CHROMIUM</c>), which Playwright drives by <see cref="Path"/>
/// (Playwright's own browser download fails here).
/// A browser test calls <see cref="Require"/>: Skipped with the reason when chromium is not installed, unless
/// <see cref="RequiredVariable"/> is 1 (<c>.ci/run</c> installs chromium and sets it), and then it fails: CI never skips it.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public const string PathVariable = "GRIDBOT_CHROMIUM";

    public static string Path { get; } = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    public const string RequiredVariable = "GRIDBOT_REQUIRE_CHROMIUM";

    public static bool Installed => File.Exists(Path);

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    public static void Require()
    {
        if (Installed)
        {
            return;
        }

        if (IsRequired)
        {
            throw new InvalidOperationException($"{RequiredVariable}=1 but {Path} is missing: install it (apt-get install -y --no-install-recommends chromium)");
        }

        throw new SkipException($"skipped: {Path} is not installed (apt-get install -y --no-install-recommends chromium; .ci/run installs it and sets {RequiredVariable}=1)");
    }
}
