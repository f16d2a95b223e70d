using Spectre.Console;

namespace GridBot.Cli;

/// <summary>Runs work and shows a progress bar if it is still running after a second (on a terminal only).</summary>
public static class Progress
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    /// <param name="work">Receives a callback taking the fraction done (0..1).</param>
    public static T Run<T>(CliConsole console, string description, bool quiet, Func<Action<double>, T> work)
    {
        double done = 0;
        var task = Task.Run(() => work(f => Volatile.Write(ref done, f)));
        if (quiet || !console.Interactive || task.Wait(ShowAfter))
        {
            return task.GetAwaiter().GetResult();
        }

        console.Ansi.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask(description, maxValue: 1.0);
                while (!task.Wait(100))
                {
                    bar.Value = Volatile.Read(ref done);
                }

                bar.Value = 1.0;
            });
        return task.GetAwaiter().GetResult();
    }
}
