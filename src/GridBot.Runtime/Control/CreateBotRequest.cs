namespace GridBot.Runtime.Control;

/// <summary>
/// A new bot, as a host receives it (JSON body, command options). Every field is checked by
/// <see cref="BotControlService.CreateAsync"/>, which names each problem. Either <see cref="QuotePerLevel"/> or
/// <see cref="Quantity"/> sizes the levels.
/// </summary>
public sealed record CreateBotRequest
{
    public string? BotId { get; init; }

    /// <summary><c>binance</c> or <c>bybit</c>.</summary>
    public string? Venue { get; init; }

    /// <summary><c>spot</c> (default) or <c>perp</c>.</summary>
    public string? Market { get; init; }

    public string? Symbol { get; init; }

    /// <summary><c>paper</c> (default: the paper exchange on the venue's live prices) or <c>live</c> (real orders).</summary>
    public string? Mode { get; init; }

    public decimal? Lower { get; init; }

    public decimal? Upper { get; init; }

    public int? Levels { get; init; }

    /// <summary><c>arithmetic</c> (default) or <c>geometric</c>.</summary>
    public string? Spacing { get; init; }

    public decimal? QuotePerLevel { get; init; }

    public decimal? Quantity { get; init; }

    /// <summary>What the bot may use, in the quote asset.</summary>
    public decimal? Capital { get; init; }

    /// <summary>How long a flatten's TWAP may take, in seconds (0.001–3600; default 300).</summary>
    public decimal? FlattenSeconds { get; init; }

    /// <summary>Risk limits; omitted fields take the defaults scaled to the capital (and, live, to the caps).</summary>
    public RiskLimitsRequest? Limits { get; init; }
}
