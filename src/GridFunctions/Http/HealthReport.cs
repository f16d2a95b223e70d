namespace GridFunctions.Http;

public sealed record HealthReport(string Status);
