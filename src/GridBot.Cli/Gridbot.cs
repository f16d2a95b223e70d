using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace GridBot.Cli;

/// <summary>The <c>gridbot</c> command line. Parse errors and bad input exit with 2, unexpected failures with 1.</summary>
public static class Gridbot
{
    public static RootCommand Build(CliConsole console, CliSettings settings, IConfiguration? configuration = null)
    {
        var root = new RootCommand("GridFunctions: grid trading for Binance and Bybit — backtest, sweep and suggest grids");
        var backtest = new BacktestCommand();
        var sweep = new SweepCommand();
        var suggest = new SuggestCommand();
        Add(root, backtest.Build(), (p, ct) => backtest.Run(p, console, ct));
        Add(root, sweep.Build(), (p, ct) => sweep.Run(p, console, ct));
        Add(root, suggest.Build(), (p, ct) => suggest.Run(p, console, ct));
        var run = new RunCommand(demo: false, settings);
        var demo = new RunCommand(demo: true, settings);
        AddAsync(root, run.Build(), (p, ct) => run.RunAsync(p, console, ct));
        AddAsync(root, demo.Build(), (p, ct) => demo.RunAsync(p, console, ct));
        var bots = new BotsCommand(console, settings);
        root.Add(bots.Build(action => action));
        root.Add(new DataCommand(console, settings).Build());
        root.Add(new Serve.ServeCommand(console).Build());
        root.Add(new TelegramCommand(console, configuration).Build());
        return root;
    }

    /// <summary>Runs one command; settings come from <paramref name="configuration"/> (default: the environment).</summary>
    public static int Run(string[] args, CliConsole console, IConfiguration? configuration = null)
    {
        var settings = CliSettings.Load(configuration ?? CliSettings.FromEnvironment(), out var problem);
        if (problem is not null)
        {
            return console.Fail(ExitCodes.BadInput, $"configuration: {problem}");
        }

        var root = Build(console, settings, configuration);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run 'gridbot --help' or 'gridbot <command> --help' for usage.");
            return ExitCodes.BadInput;
        }

        var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(invocation);
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("cancelled");
            return ExitCodes.Failure;
        }
    }

    private static void AddAsync(RootCommand root, Command command, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        command.SetAction(action);
        root.Add(command);
    }

    private static void Add(RootCommand root, Command command, Func<ParseResult, CancellationToken, int> action)
    {
        command.SetAction((parse, ct) => Task.FromResult(action(parse, ct)));
        root.Add(command);
    }
}
