using System.Globalization;
using GridBot.Core.Market;

namespace GridBot.Storage;

/// <summary>
/// Column encodings shared by the SQLite and Azure Table stores. Decimals are text in invariant culture: SQLite's REAL is a double and would round
/// 0.12345678901234567890123456 away; the text keeps every digit and the scale ("1.50" reads back as 1.50m).
/// </summary>
internal static class StoredValues
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static string FromDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal ToDecimal(string text) => decimal.Parse(text, DecimalStyle, CultureInfo.InvariantCulture);

    /// <summary>"BTC/USDT": the separator keeps base and quote apart for any quote asset.</summary>
    public static string FromSymbol(Symbol symbol) => symbol.BaseAsset + "/" + symbol.QuoteAsset;

    public static Symbol ToSymbol(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return new Symbol(text[..slash], text[(slash + 1)..]);
    }

    public static string FromEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static TEnum ToEnum<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: false);
}
