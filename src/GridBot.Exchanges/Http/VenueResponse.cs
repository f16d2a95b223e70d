using GridBot.Core.Errors;

namespace GridBot.Exchanges.Http;

/// <summary>A response read by a venue protocol: the payload JSON or the mapped error, and how long to back off.</summary>
public sealed record VenueResponse(Result<string> Payload, TimeSpan? RetryAfter = null);
