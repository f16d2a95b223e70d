namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// How a <see cref="SkewedVenue"/> is set up beyond its clock offset. Strict by default: the fake refuses requests inside
/// a back-off it announced and its 5xx answers carry no usage headers, as the independent venue stand-ins did.
/// </summary>
internal sealed record SkewSetup
{
    public bool Strict { get; init; } = true;

    /// <summary>The fake's page size on paged endpoints (null: the venue's maximum).</summary>
    public int? VenuePageSize { get; init; }

    /// <summary>The page size the client asks for (Binance needs it to match a venue paging small).</summary>
    public int? ClientPageSize { get; init; }

    /// <summary>Binance: the enforced ORDERS limit per 10 s (every arriving placement counts).</summary>
    public int? BinanceOrdersPer10Seconds { get; init; }

    /// <summary>Bybit: per-second limits by path; other private endpoints get 10/s.</summary>
    public IReadOnlyDictionary<string, int> BybitEndpointLimits { get; init; } = new Dictionary<string, int>();
}
