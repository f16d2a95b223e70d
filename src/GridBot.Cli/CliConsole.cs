using Spectre.Console;

namespace GridBot.Cli;

/// <summary>
/// Where a command writes: machine output (JSON, tables) to <see cref="Out"/>, notes and errors to <see cref="Error"/>.
/// Progress bars only appear on an interactive terminal, never in JSON mode or when output is redirected.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; tables should not wrap mid-word in a log or a pipe.
            Ansi.Profile.Width = 200;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public IAnsiConsole Ansi { get; }

    public static CliConsole System() => new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"error: {message}");
        return exitCode;
    }

    public void Note(string message) => Error.WriteLine(message);

    public static string Rate(double perSecond) => perSecond switch
    {
        >= 1e6 => string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $"{perSecond / 1e6:F1} M "),
        >= 1e3 => string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $"{perSecond / 1e3:F1} k "),
        _ => string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $"{perSecond:F0} "),
    };
}
