using System.Text.Json;

namespace GridBot.Exchanges.Bybit;

/// <summary>A successful Bybit v5 response: its <c>result</c> (detached from any document) and the venue's <c>time</c> (UTC ms, 0 when absent).</summary>
public sealed record BybitEnvelope(JsonElement Result, long TimeMs);
