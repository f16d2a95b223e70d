using GridBot.Core.Errors;

namespace GridBot.Exchanges.Http;

/// <summary>
/// A response read by a venue protocol: the payload JSON or the mapped error, how long nothing may be sent
/// (<see cref="RetryAfter"/>), and, when the venue refused an order for its order-count limit, that limit's window
/// (<see cref="FullOrderWindow"/>): then only new orders wait for the window to end, while cancels and reads go on.
/// </summary>
public sealed record VenueResponse(Result<string> Payload, TimeSpan? RetryAfter = null, TimeSpan? FullOrderWindow = null);
