using BenchmarkDotNet.Running;

if (args is ["durable-ticks", ..])
{
    await GridBot.Benchmarks.DurableTickLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60);
    return;
}

if (args is ["serve-status", ..])
{
    await GridBot.Benchmarks.ServeStatusLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000);
    return;
}

if (args is ["decide-latency"])
{
    GridBot.Benchmarks.DecideLatency.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GridBot.Benchmarks.KernelBenchmarks).Assembly).Run(args);
