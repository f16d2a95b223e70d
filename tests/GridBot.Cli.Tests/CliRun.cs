using System.Text.Json;
using GridBot.Cli;

namespace GridBot.Cli.Tests;

/// <summary>Runs <c>gridbot</c> in-process with captured output, exactly as Program.cs does.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Gridbot.Run(args, new CliConsole(output, error, interactive: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json()
    {
        using var doc = JsonDocument.Parse(Out);
        return doc.RootElement.Clone();
    }
}
