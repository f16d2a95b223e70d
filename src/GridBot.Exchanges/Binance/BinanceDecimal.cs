using System.Globalization;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Decimal wire format: Binance accepts only <c>^([0-9]{1,20})(\.[0-9]{1,20})?$</c> (no exponent, no separators, no
/// locale) and sends values with trailing zeros ("0.01000000"). Parsing never goes through <see cref="double"/>.
/// </summary>
public static class BinanceDecimal
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Same value with trailing fractional zeros removed (scale as small as possible): 0.01000000 → 0.01, 100.0 → 100.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Plain invariant notation with no trailing zeros: 0.00001000 → "0.00001", 9000.0 → "9000".</summary>
    public static string Format(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>An invariant decimal such as "-1.06214947"; exponents, separators and blanks are refused.</summary>
    public static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value);
}
