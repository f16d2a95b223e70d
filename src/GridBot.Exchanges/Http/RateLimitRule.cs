namespace GridBot.Exchanges.Http;

/// <summary>At most <see cref="Limit"/> units of <see cref="Kind"/> per <see cref="Window"/> (windows aligned to the epoch, as Binance counts).</summary>
public sealed record RateLimitRule(RateLimitKind Kind, TimeSpan Window, int Limit);
