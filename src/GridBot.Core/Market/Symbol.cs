using System.Diagnostics.CodeAnalysis;
using GridBot.Core.Errors;

namespace GridBot.Core.Market;

/// <summary>
/// A trading pair in canonical form (<c>BTCUSDT</c>: upper case, no separator). The edge may accept
/// <c>BTC/USDT</c>, <c>btc-usdt</c> or <c>BTC_USDT</c> through <see cref="Parse"/>.
/// </summary>
public sealed record Symbol
{
    private static readonly string[] KnownQuotes =
        ["USDT", "USDC", "FDUSD", "BUSD", "TUSD", "DAI", "EUR", "TRY", "BRL", "GBP", "JPY", "BTC", "ETH", "BNB"];

    public Symbol(string baseAsset, string quoteAsset)
    {
        BaseAsset = NormaliseAsset(baseAsset, nameof(baseAsset));
        QuoteAsset = NormaliseAsset(quoteAsset, nameof(quoteAsset));
    }

    public string BaseAsset { get; }

    public string QuoteAsset { get; }

    /// <summary>Canonical name, e.g. <c>BTCUSDT</c>.</summary>
    public string Name => BaseAsset + QuoteAsset;

    public static Result<Symbol> Parse(string? text)
    {
        if (TryParse(text, out var symbol))
        {
            return symbol;
        }

        return Error.Of(ErrorKind.Other, $"'{text}' is not a symbol: use BTCUSDT or BTC/USDT");
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out Symbol? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().ToUpperInvariant();
        var separator = trimmed.IndexOfAny(['/', '-', '_', ':']);
        if (separator >= 0)
        {
            var b = trimmed[..separator];
            var q = trimmed[(separator + 1)..];
            if (IsAsset(b) && IsAsset(q))
            {
                symbol = new Symbol(b, q);
            }

            return symbol is not null;
        }

        foreach (var quote in KnownQuotes)
        {
            if (trimmed.Length > quote.Length && trimmed.EndsWith(quote, StringComparison.Ordinal) &&
                IsAsset(trimmed[..^quote.Length]))
            {
                symbol = new Symbol(trimmed[..^quote.Length], quote);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Name;

    private static bool IsAsset(string s) => s.Length is > 0 and <= 20 && s.All(char.IsAsciiLetterOrDigit);

    private static string NormaliseAsset(string asset, string name)
    {
        var upper = asset?.Trim().ToUpperInvariant() ?? string.Empty;
        return IsAsset(upper) ? upper : throw new ArgumentException($"'{asset}' is not an asset code", name);
    }
}
