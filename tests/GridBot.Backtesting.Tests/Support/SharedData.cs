namespace GridBot.Backtesting.Tests.Support;

/// <summary>
/// Finds the real bars in <c>../shared/data</c> beside the repository (CI has it there). Tests that need them
/// return early with a message when the folder is absent; the files are never copied into the repository.
/// </summary>
public static class SharedData
{
    public const string Btc1m = "BTCUSDC_1m_2023-03-01_2023-03-21.csv";
    public const string Btc2h = "BTCUSDT_2h_2017-08-17_2025-08-26.csv";
    public const string Eth2h = "ETHUSDT_2h_2025-04-30_2025-07-23.csv";

    public static string? Folder { get; } = Find();

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
        $"skipped: real bars '{file}' not found (expected in ../shared/data beside the repository)";

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("GRIDBOT_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
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
