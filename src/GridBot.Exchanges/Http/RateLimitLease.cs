namespace GridBot.Exchanges.Http;

/// <summary>
/// What one <see cref="RateLimiter.AcquireAsync"/> counted: the endpoint, the venue time it was counted at, and whether
/// it took one of the calls the venue said the endpoint had left. <see cref="RateLimiter.Refund"/> gives it back when the
/// request provably never left this host.
/// </summary>
public sealed record RateLimitLease(Endpoint Endpoint, long CountedAtVenueMs, DateTimeOffset? BudgetResetAt);
