using System.Text.Json;

namespace GridBot.Testing.FakeVenues;

/// <summary>A fake venue's answer before it is written. <see cref="VenueCode"/>: Binance code / Bybit retCode, 0 = success.</summary>
internal sealed record FakeReply(int StatusCode, string Body, int? VenueCode = null)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>No answer at all: the venue drops the connection (status 0 in the record).</summary>
    public static readonly FakeReply Dropped = new(0, string.Empty);

    public static FakeReply Json(object payload, int statusCode = 200, int? venueCode = 0) =>
        new(statusCode, JsonSerializer.Serialize(payload), venueCode);

    public FakeReply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };
}
