using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(GridBot.Benchmarks.KernelBenchmarks).Assembly).Run(args);
