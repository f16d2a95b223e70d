using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GridBot.Testing.FakeVenues;

/// <summary>Number formatting and the fakes' own HMAC (deliberately independent of the client code under test).</summary>
internal static class Wire
{
    public static string Hmac(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    /// <summary>Fixed decimals, invariant: Binance spot style "0.01000000".</summary>
    public static string Fixed(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string F8(decimal value) => Fixed(value, 8);

    /// <summary>Shortest invariant form without trailing zeros: Bybit style "0.001".</summary>
    public static string Plain(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    public static int Scale(decimal increment) => Plain(increment).Split('.') is [_, var fraction] ? fraction.Length : 0;

    public static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool IsMultiple(decimal value, decimal increment) => increment <= 0m || value % increment == 0m;

    public static int Decimals(string number) => number.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? number.Length - dot - 1 : 0;

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static bool TryLong(string? text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Cuts a body in half so that no JSON parser accepts it.</summary>
    public static string Truncate(string body) => body.Length < 4 ? "{\"" : body[..(body.Length / 2)];
}
