using BenchmarkDotNet.Running;

if (args is ["decide-latency"])
{
    GridBot.Benchmarks.DecideLatency.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GridBot.Benchmarks.KernelBenchmarks).Assembly).Run(args);
