namespace GridBot.Exchanges.Http;

/// <summary>
/// The calls a venue said one endpoint has left (Bybit's <c>X-Bapi-Limit-Status</c>) until its window resets, on the
/// host's clock, less the calls sent since. Mutable; guarded by <see cref="RateLimiter"/>'s lock.
/// </summary>
internal sealed class EndpointBudget(int remaining, DateTimeOffset resetAt)
{
    public int Remaining { get; set; } = remaining;

    public DateTimeOffset ResetAt { get; set; } = resetAt;
}
