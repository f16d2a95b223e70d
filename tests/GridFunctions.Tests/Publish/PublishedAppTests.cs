using System.Diagnostics;
using System.Text.Json;

namespace GridFunctions.Tests.Publish;

/// <summary>
/// <c>dotnet publish src/GridFunctions -c Release -r linux-x64</c>, once for the class: what the Functions host needs
/// to find and bind the functions (functions.metadata, worker.config.json, extensions.json, host.json).
/// </summary>
public sealed class PublishedAppTests(PublishedAppTests.Output published) : IClassFixture<PublishedAppTests.Output>
{
    [Fact]
    public void Publish_WritesWhatTheFunctionsHostNeeds()
    {
        foreach (var file in new[] { "functions.metadata", "worker.config.json", "extensions.json", "host.json", "GridFunctions.dll" })
        {
            File.Exists(Path.Combine(published.Directory, file)).Should().BeTrue($"{file} is published ({published.Log})");
        }

        using var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(published.Directory, "worker.config.json")));
        worker.RootElement.GetProperty("description").GetProperty("workerIndexing").GetString().Should().Be("true");
        File.ReadAllText(Path.Combine(published.Directory, "host.json")).Should().Be(File.ReadAllText(RepositoryFiles.PathOf("host.json")));
    }

    [Theory]
    [InlineData("libSkiaSharp.so")]
    [InlineData("libHarfBuzzSharp.so")]
    public void Publish_ShipsTheChartsLinuxX64NativeLibrary(string library)
    {
        // A RID-specific publish puts native assets beside the app; a portable one under runtimes/linux-x64/native.
        var path = new[] { Path.Combine(published.Directory, library), Path.Combine(published.Directory, "runtimes", "linux-x64", "native", library) }
            .FirstOrDefault(File.Exists);
        path.Should().NotBeNull($"the report chart (KpiChart) loads {library} ({published.Log})");
        var header = File.ReadAllBytes(path!).AsSpan(0, 20).ToArray();
        header.Take(4).Should().Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
        BitConverter.ToUInt16(header, 18).Should().Be(0x3E, "an x86-64 shared object");
    }

    [Theory]
    [InlineData("ListBots", "get", "bots", "Function")]
    [InlineData("CreateBot", "post", "bots", "Function")]
    [InlineData("GetBot", "get", "bots/{id}", "Function")]
    [InlineData("BotCommand", "post", "bots/{id}/{command:regex(^(start|pause|resume|stop|flatten|clear)$)}", "Function")]
    [InlineData("UpdateLimits", "put", "bots/{id}/limits", "Function")]
    [InlineData("BotFills", "get", "bots/{id}/fills", "Function")]
    [InlineData("Health", "get", "health", "Anonymous")]
    [InlineData("Telegram", "post", "telegram", "Anonymous")]
    [InlineData("DisasterFlatten", "post", "operator/disaster-flatten", "Function")]
    [InlineData("BotChart", "get", "bots/{id}/chart", "Function")]
    public void FunctionsMetadata_EachHttpFunction_HasItsTriggerRouteAuthLevelAndDurableClient(string name, string method, string route, string authLevel)
    {
        var bindings = Bindings(name);
        var trigger = bindings.Should().ContainSingle(b => IsTrigger(b)).Subject;

        trigger.GetProperty("type").GetString().Should().Be("httpTrigger");
        trigger.GetProperty("direction").GetString().Should().Be("In");
        trigger.GetProperty("route").GetString().Should().Be(route);
        trigger.GetProperty("authLevel").GetString().Should().Be(authLevel);
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Should().Equal(method);
        bindings.Should().ContainSingle(b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "Out");
        bindings.Should().ContainSingle(b => b.GetProperty("type").GetString() == "durableClient", "the control functions reach bots through the Durable client");
    }

    [Theory]
    [InlineData("TickTimer", "timerTrigger")]
    [InlineData("DailyBars", "timerTrigger")]
    [InlineData("ReportsDaily", "timerTrigger")]
    [InlineData("ReportsWeekly", "timerTrigger")]
    [InlineData("FillSafety", "queueTrigger")]
    [InlineData("FillFlatten", "queueTrigger")]
    [InlineData("BotOperation", "orchestrationTrigger")]
    [InlineData("Bot", "entityTrigger")]
    [InlineData("ReadView", "activityTrigger")]
    [InlineData("ReadFills", "activityTrigger")]
    [InlineData("PlaceOrder", "activityTrigger")]
    [InlineData("CancelOrder", "activityTrigger")]
    [InlineData("PublishFills", "activityTrigger")]
    [InlineData("Notify", "activityTrigger")]
    [InlineData("Register", "activityTrigger")]
    [InlineData("ScheduleOperation", "activityTrigger")]
    public void FunctionsMetadata_EachOtherFunction_HasItsTrigger(string name, string type)
    {
        var trigger = Bindings(name).Should().ContainSingle(b => IsTrigger(b)).Subject;

        trigger.GetProperty("type").GetString().Should().Be(type);
        trigger.GetProperty("direction").GetString().Should().Be("In");
    }

    [Fact]
    public void FunctionsMetadata_TickTimer_RunsOnTheTickScheduleWithTheDurableClient()
    {
        var bindings = Bindings("TickTimer");

        bindings.Single(b => IsTrigger(b)).GetProperty("schedule").GetString().Should().Be("%Tick:Schedule%");
        bindings.Should().ContainSingle(b => b.GetProperty("type").GetString() == "durableClient")
            .Which.GetProperty("direction").GetString().Should().Be("In");
    }

    [Theory]
    [InlineData("GetOperator", "get", "operator", "Function")]
    [InlineData("UpdateOperator", "put", "operator", "Function")]
    public void FunctionsMetadata_OperatorSwitchFunctions_HaveTheirTriggerRouteAndAuthLevelAndNoDurableClient(string name, string method, string route, string authLevel)
    {
        var bindings = Bindings(name);
        var trigger = bindings.Should().ContainSingle(b => IsTrigger(b)).Subject;

        trigger.GetProperty("type").GetString().Should().Be("httpTrigger");
        trigger.GetProperty("route").GetString().Should().Be(route);
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Should().Equal(method);
        trigger.GetProperty("authLevel").GetString().Should().Be(authLevel);
        bindings.Should().NotContain(b => b.GetProperty("type").GetString() == "durableClient", "the switches live in the settings store, not in a bot");
    }

    [Fact]
    public void FunctionsMetadata_Dashboard_IsAnAnonymousGetWithNoDurableClient()
    {
        var bindings = Bindings("Dashboard");
        var trigger = bindings.Should().ContainSingle(b => IsTrigger(b)).Subject;

        trigger.GetProperty("type").GetString().Should().Be("httpTrigger");
        trigger.GetProperty("route").GetString().Should().Be("dashboard");
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Should().Equal("get");
        trigger.GetProperty("authLevel").GetString().Should().Be("Anonymous", "the page holds no data; what it shows comes from the keyed API");
        bindings.Should().NotContain(b => b.GetProperty("type").GetString() == "durableClient");
    }

    [Fact]
    public void FunctionsMetadata_HasNoFunctionTheTestsDoNotName() =>
        published.Functions.Select(f => f.GetProperty("name").GetString()).Should().BeEquivalentTo(
            "ListBots", "CreateBot", "GetBot", "BotCommand", "UpdateLimits", "BotFills", "Health",
            "GetOperator", "UpdateOperator", "DisasterFlatten", "Dashboard", "BotChart", "Telegram", "TickTimer", "DailyBars", "ReportsDaily", "ReportsWeekly", "FillSafety", "FillFlatten", "BotOperation", "Bot",
            "ReadView", "ReadFills", "PlaceOrder", "CancelOrder", "PublishFills", "Notify", "Register", "ScheduleOperation");

    private static bool IsTrigger(JsonElement binding) => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal);

    private List<JsonElement> Bindings(string name) =>
        published.Functions.Should().ContainSingle(f => f.GetProperty("name").GetString() == name).Subject.GetProperty("bindings").EnumerateArray().ToList();

    /// <summary>Publishes the app once into a temporary folder (about 30 s on 2 cores).</summary>
    public sealed class Output : IDisposable
    {
        public Output()
        {
            Directory = Path.Combine(Path.GetTempPath(), $"gf-publish-{Guid.NewGuid():N}");
            var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryFiles.Root,
            };
            foreach (var arg in new[] { "publish", RepositoryFiles.PathOf("src/GridFunctions/GridFunctions.csproj"), "-c", "Release", "-r", "linux-x64", "-o", Directory, "--nologo" })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet publish of the Function app did not finish within 5 minutes");
            }

            Log = $"exit {process.ExitCode}: {stdout.Result}{stderr.Result}";
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish failed: {Log}");
            }

            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "functions.metadata")));
            Functions = metadata.RootElement.EnumerateArray().Select(f => f.Clone()).ToList();
        }

        public string Directory { get; }

        public string Log { get; }

        public IReadOnlyList<JsonElement> Functions { get; }

        public void Dispose()
        {
            if (System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }
    }
}
