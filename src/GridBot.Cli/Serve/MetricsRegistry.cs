using Prometheus;

namespace GridBot.Cli.Serve;

/// <summary>
/// The metrics of one <c>gridbot serve</c> host, in a registry of its own (not prometheus-net's static default, so two
/// hosts in one process, as in the tests, never share a series; and no process-wide .NET meter or event-counter
/// listener). Venue latency is in seconds, buckets from 1 ms to 10 s; counters only go up between restarts.
/// </summary>
internal sealed class MetricsRegistry
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public MetricsRegistry()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        VenueLatency = factory.CreateHistogram("gridbot_venue_request_duration_seconds", "Venue REST calls by host, method and path (the endpoint), in seconds.",
            ["host", "method", "path"], new HistogramConfiguration { Buckets = LatencyBuckets });
        VenueErrors = factory.CreateCounter("gridbot_venue_errors_total",
            "Venue REST calls that failed, by host, path, HTTP status (none: no response) and the venue's error code (its JSON code or retCode; none if absent).",
            ["host", "path", "status", "code"]);
        ApiErrors = factory.CreateCounter("gridbot_api_errors_total", "Problem responses (status 400 and above) of the control API and /metrics, by status.", ["status"]);
    }

    public CollectorRegistry Registry { get; }

    public Histogram VenueLatency { get; }

    public Counter VenueErrors { get; }

    public Counter ApiErrors { get; }

    /// <summary>The exposition text after the before-collect callbacks (the bot gauges) have run.</summary>
    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Registry.CollectAndExportAsTextAsync(buffer, ct).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
