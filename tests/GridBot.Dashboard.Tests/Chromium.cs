namespace GridBot.Dashboard.Tests;

/// <summary>
/// Debian's chromium, which Playwright drives by <see cref="Path"/> (Playwright's own browser download fails here).
/// A browser test calls <see cref="Require"/>: Skipped with the reason when chromium is not installed, unless
/// <see cref="RequiredVariable"/> is 1 (<c>.ci/run</c> installs chromium and sets it), and then it fails: CI never skips it.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

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
