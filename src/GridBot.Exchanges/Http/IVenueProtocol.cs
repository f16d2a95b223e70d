namespace GridBot.Exchanges.Http;

/// <summary>What differs between venues inside the shared pipeline: how to build and sign a request and how to read one.</summary>
public interface IVenueProtocol
{
    string Venue { get; }

    /// <summary>The unsigned endpoint that returns the server time (for clock sync).</summary>
    Endpoint TimeEndpoint { get; }

    /// <summary>
    /// The request to send. <paramref name="credentials"/> is null for public endpoints; for an
    /// <see cref="Endpoint.ApiKeyOnly"/> endpoint it is given so the key can be sent, and a protocol that knows the kind
    /// (Binance) must then add the key without a timestamp or signature.
    /// </summary>
    HttpRequestMessage Build(Uri baseUrl, RestCall call, ApiCredentials? credentials, long timestampMs, int recvWindowMs);

    /// <summary>
    /// Maps status and body to a payload or an error; a 2xx that is not the expected JSON is an error too. A back-off it
    /// names is a duration from the answer's arrival.
    /// </summary>
    VenueResponse Read(VenueAnswer answer);

    /// <summary>Feeds the venue's usage headers (weights, order counts, an endpoint's remaining calls) to the limiter.</summary>
    void ObserveUsage(VenueAnswer answer, RateLimiter limiter);

    long ParseServerTime(string body);
}
