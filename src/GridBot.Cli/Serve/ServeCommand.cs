using System.CommandLine;
using GridBot.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GridBot.Cli.Serve;

/// <summary>
/// <c>gridbot serve [--urls http://127.0.0.1:8080]</c>: the local runtime behind the control API of the Function app
/// (same routes, keys, status codes and problem details), ticking Running and Flattening bots every
/// <c>GridBot:LiveLoopInterval</c>, until Ctrl+C. Bad settings (e.g. no <c>Api:Keys</c>) exit 2 naming them.
/// </summary>
public sealed class ServeCommand(CliConsole console, IConfiguration? configuration = null)
{
    private readonly Option<string> _urls = new("--urls")
    {
        Description = $"Where to listen, ';'-separated (default {ServeHost.DefaultUrls}; plain HTTP: keep it on loopback or behind a TLS proxy)",
        DefaultValueFactory = _ => ServeHost.DefaultUrls,
    };

    public Command Build()
    {
        var command = new Command("serve", "Serve the control API over the local bot runtime (keys from Api__Keys__0…; paper bots need no venue keys)");
        command.Add(_urls);
        command.SetAction(RunAsync);
        return command;
    }

    public async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var urls = parse.GetValue(_urls)!;
        if (UrlsProblem(urls) is { } problem)
        {
            return console.Fail(ExitCodes.BadInput, problem);
        }

        var app = ServeHost.Build(configuration ?? CliSettings.FromEnvironment(), urls);
        await using (app.ConfigureAwait(false))
        {
            var problems = app.Services.ValidateSettings();
            if (problems.Count > 0)
            {
                return console.Fail(ExitCodes.BadInput, $"configuration: {string.Join("; ", problems)}");
            }

            try
            {
                await HostingAbstractionsHostExtensions.RunAsync(app, ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                return console.Fail(ExitCodes.Failure, $"cannot listen on {urls}: {ex.Message}");
            }
        }

        return ExitCodes.Ok;
    }

    private static string? UrlsProblem(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"--urls '{url}' is not an http(s) URL";
            }
        }

        return urls.Trim().Length == 0 ? "--urls is empty" : null;
    }
}
