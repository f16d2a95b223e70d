namespace GridBot.Cli.Serve;

public sealed record HealthReport(string Status);
