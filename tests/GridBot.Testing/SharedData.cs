using Xunit;

namespace GridBot.Testing;

/// <summary>
/// Finds the real OHLCV bars in <c>../shared/data</c> beside the repository (or in <c>$GRIDBOT_SHARED_DATA</c>). The
/// files are third-party data and are never copied into the repository, so a test that needs one calls
/// <see cref="Require"/>, which reports it Skipped with the reason when the data is absent (the test must be a
/// <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>). <c>.ci/run</c> sets <see cref="RequiredVariable"/> when the data
/// folder exists, and then a missing file fails the test instead: a run with the data never skips a real-data test.
/// </summary>
public static class SharedData
{
    public const string EnvironmentVariable = "GRIDBOT_SHARED_DATA";

    /// <summary>Set to 1 (by <c>.ci/run</c> when <c>../shared/data</c> exists): a real-data test may not skip.</summary>
    public const string RequiredVariable = "GRIDBOT_REQUIRE_SHARED_DATA";

    public const string Btc1m = "BTCUSDC_1m_2023-03-01_2023-03-21.csv";

    public const string Btc2h = "BTCUSDT_2h_2017-08-17_2025-08-26.csv";

    public const string Eth2h = "ETHUSDT_2h_2025-04-30_2025-07-23.csv";

    /// <summary>The data folder, or null when neither the variable nor a <c>shared/data</c> folder up the tree exists.</summary>
    public static string? Folder { get; } = FindFolder();

    /// <summary>The full path of <paramref name="file"/>, or null when it is not there.</summary>
    public static string? PathOf(string file)
    {
        if (Folder is null)
        {
            return null;
        }

        var path = Path.Combine(Folder, file);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The full path of <paramref name="file"/>; skips the calling test with the reason when it is absent, or fails it when the data is required.</summary>
    public static string Require(string file)
    {
        if (PathOf(file) is { } path)
        {
            return path;
        }

        if (Environment.GetEnvironmentVariable(RequiredVariable) == "1")
        {
            throw new InvalidOperationException($"{RequiredVariable}=1 but real bars '{file}' are not in {Folder ?? "any shared/data folder up the tree"}");
        }

        throw new SkipException(SkipReason(file));
    }

    public static string SkipReason(string file) =>
        $"skipped: real bars '{file}' not found (expected in ../shared/data beside the repository, or in ${EnvironmentVariable})";

    private static string? FindFolder()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Directory.Exists(overridden) ? overridden : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
