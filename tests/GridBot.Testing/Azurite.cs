using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GridBot.Testing;

/// <summary>
/// The project's Azurite (npm <c>azurite</c> pinned in <c>infra/azurite/package.json</c>), started for a test run on
/// free 127.0.0.1 ports with a temporary data folder and telemetry off, and stopped (process and folder) on dispose.
/// If the pinned package is not installed yet, the first start installs it with <c>npm ci</c> (one installer at a
/// time across test processes). Azure storage tests never skip: without Node or npm this fails with the reason.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public; it guards nothing).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string AccountName = "devstoreaccount1";

    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private readonly Process _process;
    private readonly string _folder;

    private Azurite(Process process, string folder, int blobPort)
    {
        _process = process;
        _folder = folder;
        BlobPort = blobPort;
    }

    public int BlobPort { get; }

    public int QueuePort => BlobPort + 1;

    public int TablePort => BlobPort + 2;

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");

    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{AccountName}");

    /// <summary>A connection string naming this instance's three endpoints.</summary>
    public string ConnectionString => ConnectionStringWith(AccountKey);

    /// <summary>The connection string with another key: every request is refused with 403 (AuthorizationFailure).</summary>
    public string ConnectionStringWith(string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};TableEndpoint={TableEndpoint};";

    public static async Task<Azurite> StartAsync(CancellationToken ct = default)
    {
        var executable = await EnsureInstalledAsync(ct).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("gridbot-azurite-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePortTriple();
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", folder,
                "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                "--blobPort", $"{port}", "--queuePort", $"{port + 1}", "--tablePort", $"{port + 2}",
            })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            var errors = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            if (await WaitListeningAsync(process, port, ct).ConfigureAwait(false))
            {
                return new Azurite(process, folder, port);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start on 127.0.0.1:{port}-{port + 2}: {await errors.ConfigureAwait(false)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the exiting process: the temp folder is cleaned by the OS later.
            }
        }
    }

    /// <summary>The repository's <c>infra/azurite</c> folder, found up the tree from the test binaries.</summary>
    public static string PackageFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "infra", "azurite");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"infra/azurite/package.json not found above {AppContext.BaseDirectory}");
    }

    private static async Task<string> EnsureInstalledAsync(CancellationToken ct)
    {
        var folder = PackageFolder();
        var executable = Path.Combine(folder, "node_modules", ".bin", "azurite");
        await InstallGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (File.Exists(executable))
            {
                return executable;
            }

            // Test assemblies run in parallel processes: a lock file lets one of them install while the others wait.
            var lockPath = Path.Combine(folder, ".install.lock");
            using var gate = await AcquireFileLockAsync(lockPath, ct).ConfigureAwait(false);
            if (File.Exists(executable))
            {
                return executable;
            }

            var npm = new ProcessStartInfo("npm") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--silent" })
            {
                npm.ArgumentList.Add(argument);
            }

            using var process = Process.Start(npm) ?? throw new InvalidOperationException("could not start npm to install Azurite");
            var output = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            if (process.ExitCode != 0 || !File.Exists(executable))
            {
                throw new InvalidOperationException($"npm ci in {folder} failed (exit {process.ExitCode}): {await output.ConfigureAwait(false)}");
            }

            return executable;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> WaitListeningAsync(Process process, int port, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (Listening(port) && Listening(port + 1) && Listening(port + 2))
            {
                return true;
            }

            await Task.Delay(100, ct).ConfigureAwait(false);
        }

        return false;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    // Three consecutive ports free now; a race with another process is handled by the caller's retry.
    private static int FreePortTriple()
    {
        while (true)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            if (port <= 65_000 && IsFree(port + 1) && IsFree(port + 2))
            {
                return port;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
