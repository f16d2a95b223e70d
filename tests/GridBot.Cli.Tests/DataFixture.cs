using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GridBot.Cli.Tests;

/// <summary>A temp folder for <c>gridbot data</c> tests, synthetic 1m CSV files, and JSON comparison without timing fields.</summary>
internal sealed class DataFixture : IDisposable
{
    public const long Start = 1_677_628_800_000L; // 2023-03-01T00:00:00Z

    public string Dir { get; } = Directory.CreateTempSubdirectory("gridbot-data-").FullName;

    public string Root => Path.Combine(Dir, "root");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }

    /// <summary>A 1m CSV of <paramref name="bars"/> bars from <see cref="Start"/> oscillating around 25,000, leaving out bars [skipFrom, skipFrom + skipCount).</summary>
    public string WriteCsv(string name, int bars, int skipFrom = -1, int skipCount = 0)
    {
        var text = new StringBuilder("open_time,open,high,low,close,volume\n");
        for (var i = 0; i < bars; i++)
        {
            if (i >= skipFrom && i < skipFrom + skipCount)
            {
                continue;
            }

            var open = 25_000m + (decimal)Math.Round(800 * Math.Sin(i / 97.0) + 150 * Math.Sin(i / 7.0), 2);
            var close = 25_000m + (decimal)Math.Round(800 * Math.Sin((i + 1) / 97.0) + 150 * Math.Sin((i + 1) / 7.0), 2);
            var high = Math.Max(open, close) + 12.5m;
            var low = Math.Min(open, close) - 9.75m;
            text.Append(CultureInfo.InvariantCulture, $"{Start + (i * 60_000L)},{open},{high},{low},{close},{1.5m + (i % 5)}\n");
        }

        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>Imports <paramref name="file"/> as binance/spot/BTCUSDT/1m into <see cref="Root"/>; <paramref name="extra"/> options replace those defaults.</summary>
    public CliRun Import(string file, params string[] extra)
    {
        var args = new List<string> { "data", "import", file };
        foreach (var (option, value) in new[] { ("--venue", "binance"), ("--symbol", "BTCUSDT"), ("--interval", "1m"), ("--out", Root) })
        {
            if (!extra.Contains(option))
            {
                args.AddRange([option, value]);
            }
        }

        return CliRun.Of([.. args, .. extra]);
    }

    public string[] RootArgs(string symbol = "BTCUSDT") => ["--data", Root, "--venue", "binance", "--symbol", symbol, "--interval", "1m"];

    /// <summary>The JSON object's properties as text, without the timing fields and the data/source label.</summary>
    public static Dictionary<string, string> Kpis(JsonElement json) =>
        json.EnumerateObject()
            .Where(p => p.Name is not ("elapsedMs" or "barsPerSecond" or "data" or "source" or "botId" or "db"))
            .ToDictionary(p => p.Name, p => p.Value.GetRawText());

    public static string[] PartFiles(string root) =>
        Directory.Exists(root) ? Directory.GetFiles(root, "*.parquet", SearchOption.AllDirectories) : [];
}
