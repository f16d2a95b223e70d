using GridBot.Cli;

var console = CliConsole.System();
try
{
    return Gridbot.Run(args, console);
}
#pragma warning disable CA1031 // The last line of defence: report, never a raw stack trace, and a non-zero exit.
catch (Exception ex)
#pragma warning restore CA1031
{
    console.Error.WriteLine($"error: unexpected failure: {ex.GetType().Name}: {ex.Message}");
    return ExitCodes.Failure;
}
