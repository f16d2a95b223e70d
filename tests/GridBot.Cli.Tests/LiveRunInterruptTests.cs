using System.Diagnostics;
using System.Text.Json;
using GridBot.Core.Market;

namespace GridBot.Cli.Tests;

/// <summary>
/// Ctrl+C on a live run, as a trader does it: the real <c>gridbot</c> process gets SIGINT while its grid rests on the
/// (fake) venue. It must stop cleanly (exit 0, the summary printed, the bot saved as it was) and the next run must pick
/// the same grid up without placing any of it again.
/// </summary>
public sealed class LiveRunInterruptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-interrupt-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task CtrlC_StopsCleanly_PrintsTheSummary_AndTheNextRunResumesTheGrid(Venue venue, MarketType market)
    {
        Assert.False(OperatingSystem.IsWindows(), "SIGINT is sent with kill(1); this test runs on Linux and macOS");
        await using var fake = await LiveFake.StartAsync(venue, market);
        var db = Path.Combine(_dir, "live.db");
        string[] args = ["run", "--live", "--venue", venue.ToString().ToLowerInvariant(), "--market", market.ToString().ToLowerInvariant(),
            "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000", "--levels", "5", "--capital", "5000",
            "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret,
            "--tick-interval", "1s", "--db", db, "--bot-id", "ctrlc", "--json"];

        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        await fake.WaitForOpenOrdersAsync(4, exited);
        var placed = fake.Market.Orders.Count;

        await SendSigIntAsync(process.Id);
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            await process.WaitForExitAsync(patience.Token);
        }

        var err = await stderr;
        process.ExitCode.Should().Be(0, "Ctrl+C is how a live run is stopped, not a failure: " + err);
        using var summary = JsonDocument.Parse(await stdout);
        summary.RootElement.GetProperty("status").GetString().Should().Be("Running", "the bot is saved as it was, ready to resume");
        summary.RootElement.GetProperty("botId").GetString().Should().Be("ctrlc");
        // "ticks" counts finished ticks: the signal may land inside the first one, while its last placements are answered.
        (await stdout + err).Should().NotContain(fake.ApiSecret);
        fake.Market.OpenOrders.Should().HaveCount(4, "stopping the process leaves the grid resting on the venue");

        var resumed = await Task.Run(() => CliRun.Of([.. args, "--max-ticks", "1"]));

        resumed.ExitCode.Should().Be(0, resumed.Err);
        fake.Market.Orders.Count.Should().Be(placed, "the resumed bot found its grid in place and placed nothing again");
        fake.Market.Orders.GroupBy(o => o.ClientOrderId).Should().OnlyContain(g => g.Count() == 1);
    }

    private static Process Start(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gridbot.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start gridbot");
    }

    /// <summary>What the terminal sends on Ctrl+C.</summary>
    private static async Task SendSigIntAsync(int pid)
    {
        using var kill = Process.Start("kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        kill.ExitCode.Should().Be(0, "the signal was delivered");
    }
}
