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

if (args is ["telegram-webhook", ..])
{
    await GridBot.Benchmarks.TelegramWebhookThroughput.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8);
    return;
}

if (args is ["decide-latency"])
{
    GridBot.Benchmarks.DecideLatency.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GridBot.Benchmarks.KernelBenchmarks).Assembly).Run(args);
