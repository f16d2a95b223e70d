using GridBot.Core.Errors;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// A mapped Binance failure and, for 429/418, how long the venue asked us to wait (its <c>Retry-After</c> header,
/// seconds). A 429 for the order-count limit comes without one: <see cref="RetryAfter"/> is then null.
/// </summary>
public sealed record BinanceError(Error Error, TimeSpan? RetryAfter)
{
    public ErrorKind Kind => Error.Kind;
}
