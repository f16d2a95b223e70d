using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GridBot.Cli.Serve;

/// <summary>
/// Times every venue REST call (<see cref="MetricsRegistry.VenueLatency"/>, labelled by host and path without the query,
/// so signatures and keys never become labels) and counts failures (<see cref="MetricsRegistry.VenueErrors"/>): non-2xx
/// responses with the venue's JSON <c>code</c> (Binance) or <c>retCode</c> (Bybit) when the body has one, and calls with
/// no response. Bybit errors inside a 200 body are not read here: the handler never buffers a successful body.
/// </summary>
internal sealed class MetricsVenueHandler(MetricsRegistry metrics) : DelegatingHandler
{
    private const string None = "none";

    private const long MaxErrorBodyBytes = 64 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.RequestUri?.Host ?? None;
        var path = request.RequestUri?.AbsolutePath ?? None;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
                metrics.VenueErrors.WithLabels(host, path, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), code).Inc();
            }

            return response;
        }
        catch (HttpRequestException)
        {
            metrics.VenueErrors.WithLabels(host, path, None, "transport").Inc();
            throw;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.VenueErrors.WithLabels(host, path, None, "timeout").Inc();
            throw;
        }
        finally
        {
            metrics.VenueLatency.WithLabels(host, request.Method.Method, path).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength is > MaxErrorBodyBytes)
        {
            return None;
        }

        try
        {
            // Buffered, so the pipeline reads the same body after us.
            await response.Content.LoadIntoBufferAsync(ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && (doc.RootElement.TryGetProperty("code", out var code) || doc.RootElement.TryGetProperty("retCode", out code))
                && code.ValueKind == JsonValueKind.Number
                ? code.GetRawText()
                : None;
        }
        catch (JsonException)
        {
            return None; // an HTML error page or an empty body
        }
    }
}
