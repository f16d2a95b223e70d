using System.Diagnostics;
using System.Text.Json;

namespace GridFunctions.Tests.Deployment;

/// <summary>
/// <c>infra/deploy.sh</c> without Azure: its syntax (and shellcheck when installed), the tool check, and the whole flow
/// against stand-ins for <c>az</c>, <c>dotnet</c> and <c>curl</c> that record what they are asked (the real
/// deployment needs an Azure subscription, which this machine has not).
/// </summary>
public sealed class DeployScriptTests : IDisposable
{
    private const string ApiKey = "venue-key-stand-in-4711";
    private const string ApiSecret = "venue-secret-stand-in-\"quoted\"";
    private const string BotToken = "123456:telegram-token-stand-in";

    private readonly TempFolder _dir = new();

    private static string Script => RepositoryFiles.PathOf("infra/deploy.sh");

    [Fact]
    public void Script_ParsesAndIsShellcheckClean()
    {
        Bash(null, "-n", Script).ExitCode.Should().Be(0);
        if (Which("shellcheck") is { } shellcheck)
        {
            var result = ProcessResult.Run(Start(shellcheck, null, Script), TimeSpan.FromMinutes(1));
            result.ExitCode.Should().Be(0, result.Output);
        }
    }

    [Fact]
    public void Script_WithoutAz_NamesTheMissingToolAndFails()
    {
        var bin = StubBin(az: false);

        var result = Bash(bin, Script, "--resource-group", "rg-test");

        result.ExitCode.Should().NotBe(0);
        result.StdErr.Should().Contain("missing 'az'");
        File.Exists(Path.Combine(_dir.Path, "calls.log")).Should().BeFalse("nothing runs before the tools are checked");
    }

    [Theory]
    [InlineData("--resource-group is required", "--fanout", "queues")]
    [InlineData("--fanout must be queues or servicebus", "-g", "rg-test", "--fanout", "eventhub")]
    [InlineData("--plan must be flex or premium", "-g", "rg-test", "--plan", "consumption")]
    [InlineData("unknown argument '--verbose'", "-g", "rg-test", "--verbose")]
    public void Script_BadArguments_AreUsageErrors(string message, params string[] args)
    {
        var result = Bash(StubBin(), [Script, .. args]);

        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain(message);
        File.Exists(Path.Combine(_dir.Path, "calls.log")).Should().BeFalse();
    }

    [Fact]
    public void Script_FlexServiceBus_DeploysPublishesZipDeploysAndSetsTheWebhookWithoutExposingSecrets()
    {
        var result = Bash(StubBin(), Script, "--resource-group", "rg-test", "--location", "westeurope", "--fanout", "servicebus");

        result.ExitCode.Should().Be(0, result.Output);
        var calls = File.ReadAllText(Path.Combine(_dir.Path, "calls.log"));
        calls.Should().Contain($"az deployment group create --resource-group rg-test --name gridfunctions --template-file {RepositoryFiles.PathOf("bicep/main.bicep")}")
            .And.Contain("fanOut=servicebus plan=flex")
            .And.Contain("dotnet publish").And.Contain("-p:ServiceBusTriggers=true")
            .And.Contain("az functionapp deployment source config-zip --resource-group rg-test --name func-gridbot-test");
        foreach (var secret in new[] { ApiKey, ApiSecret, BotToken, "telegram-token-stand-in" })
        {
            calls.Should().NotContain(secret, "no secret is ever on a command line");
            result.Output.Should().NotContain(secret, "no secret is ever printed");
        }

        using var secrets = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.Path, "secrets.json")));
        var parameters = secrets.RootElement.GetProperty("parameters");
        parameters.GetProperty("exchangeApiKey").GetProperty("value").GetString().Should().Be(ApiKey);
        parameters.GetProperty("exchangeApiSecret").GetProperty("value").GetString().Should().Be(ApiSecret);
        parameters.GetProperty("telegramBotToken").GetProperty("value").GetString().Should().Be(BotToken);
        var webhookSecret = parameters.GetProperty("telegramWebhookSecret").GetProperty("value").GetString();
        webhookSecret.Should().MatchRegex("^[A-Za-z0-9_-]{32,256}$", "generated when not given, in Telegram's alphabet");
        File.ReadAllText(Path.Combine(_dir.Path, "secrets.mode")).Trim().Should().Be("600");

        var curl = File.ReadAllText(Path.Combine(_dir.Path, "curl.config"));
        curl.Should().Contain($"url = \"https://api.telegram.org/bot{BotToken}/setWebhook\"")
            .And.Contain("url=https://func-gridbot-test.azurewebsites.net/api/telegram")
            .And.Contain($"secret_token={webhookSecret}");
    }

    [Fact]
    public void Script_PremiumQueues_UploadsThePackageBlobAsTheDeployer()
    {
        var result = Bash(StubBin(), Script, "--resource-group", "rg-test", "--plan", "premium");
        result.ExitCode.Should().Be(0, result.Output);
        var calls = File.ReadAllText(Path.Combine(_dir.Path, "calls.log"));
        calls.Should().Contain("fanOut=queues plan=premium deployerPrincipalId=00000000-0000-0000-0000-0000000000aa deployerPrincipalType=User")
            .And.Contain("az storage blob upload --auth-mode login --account-name stgridbottest --container-name app-package --name gridfunctions.zip")
            .And.Contain("az functionapp restart")
            .And.NotContain("ServiceBusTriggers")
            .And.NotContain("config-zip");
    }

    public void Dispose() => _dir.Dispose();

    private ProcessResult Bash(string? bin, params string[] args)
    {
        var info = Start("bash", bin, args);
        info.Environment["GRIDBOT_EXCHANGE_API_KEY"] = ApiKey;
        info.Environment["GRIDBOT_EXCHANGE_API_SECRET"] = ApiSecret;
        info.Environment["GRIDBOT_TELEGRAM_BOT_TOKEN"] = BotToken;
        info.Environment["STUB_DIR"] = _dir.Path;
        return ProcessResult.Run(info, TimeSpan.FromMinutes(2));
    }

    private static ProcessStartInfo Start(string file, string? bin, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Root };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (bin is not null)
        {
            // Only the stand-ins and the base system: no real az, dotnet or curl is reachable.
            info.Environment["PATH"] = $"{bin}:/usr/bin:/bin";
        }

        return info;
    }

    /// <summary>A folder of stand-in tools; the base system's own tools (zip, od, mktemp) stay real.</summary>
    private string StubBin(bool az = true)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_dir.Path, "bin")).FullName;
        var log = """echo "$(basename "$0") $*" >> "$STUB_DIR/calls.log" """;
        if (az)
        {
            Stub(bin, "az", log + """

                case "$*" in
                  "account show --query user.type --output tsv") echo user ;;
                  "account show --output none") ;;
                  "group exists"*) echo true ;;
                  "ad signed-in-user show"*) echo 00000000-0000-0000-0000-0000000000aa ;;
                  "deployment group create"*)
                    for a in "$@"; do case "$a" in @*secrets*) cp "${a#@}" "$STUB_DIR/secrets.json"; stat -c %a "${a#@}" > "$STUB_DIR/secrets.mode" ;; esac; done ;;
                  *"outputs.functionAppName.value"*) echo func-gridbot-test ;;
                  *"outputs.apiBaseUrl.value"*) echo https://func-gridbot-test.azurewebsites.net/api ;;
                  *"outputs.telegramWebhookUrl.value"*) echo https://func-gridbot-test.azurewebsites.net/api/telegram ;;
                  *"outputs.storageAccountName.value"*) echo stgridbottest ;;
                  *"outputs.deploymentContainerName.value"*) echo app-package ;;
                  "functionapp show"*) echo /subscriptions/s/resourceGroups/rg-test/providers/Microsoft.Web/sites/func-gridbot-test ;;
                  "functionapp deployment source config-zip"*)
                    for a in "$@"; do case "$a" in *.zip) test -s "$a" || exit 3 ;; esac; done ;;
                esac
                """);
        }

        Stub(bin, "dotnet", log + """

            out=""; prev=""
            for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
            mkdir -p "$out" && echo '[]' > "$out/functions.metadata"
            """);
        Stub(bin, "curl", log + """

            cat > "$STUB_DIR/curl.config"
            echo '{"ok":true,"result":true,"description":"Webhook was set"}'
            """);
        return bin;
    }

    private static void Stub(string bin, string name, string body)
    {
        var path = Path.Combine(bin, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
}
