using Spectre.Console;

namespace GridBot.Cli;

/// <summary>
/// A progress bar on stderr while a download runs (stdout stays for the summary or the JSON object); only on an
/// interactive terminal and never in JSON mode.
/// </summary>
internal static class DataDownloadProgress
{
    /// <param name="work">Receives a callback taking the fraction done (0..1).</param>
    public static async Task<T> RunAsync<T>(CliConsole console, string description, bool quiet, Func<Action<double>, Task<T>> work)
    {
        if (quiet || !console.Interactive)
        {
            return await work(_ => { }).ConfigureAwait(false);
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return await ansi.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask(description, maxValue: 1.0);
                var result = await work(f => bar.Value = f).ConfigureAwait(false);
                bar.Value = 1.0;
                return result;
            }).ConfigureAwait(false);
    }
}
