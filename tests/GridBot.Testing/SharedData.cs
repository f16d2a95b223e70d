namespace GridBot.Testing;

/// <summary>
/// Finds the real OHLCV bars in <c>../shared/data</c> beside the repository (or in <c>$GRIDBOT_SHARED_DATA</c>). The
/// files are third-party data and are never copied into the repository, so a test that needs one returns with
/// <see cref="SkipReason"/> when it is absent.
/// </summary>
public static class SharedData
{
    public const string EnvironmentVariable = "GRIDBOT_SHARED_DATA";

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
