using System.Buffers;
using System.Globalization;
using System.Text;

namespace GridBot.Backtesting.Reports;

/// <summary>Invariant-culture formatting and HTML escaping for everything the report writes.</summary>
internal static class SvgText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>A coordinate rounded to 0.1 px, which keeps 1,500-point paths small.</summary>
    public static string Px(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Escapes the five HTML-special characters; the page is UTF-8, so everything else stays as it is.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text ?? string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(entity);
            }
        }

        return sb.ToString();
    }

    public static string Int(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A value with enough decimals to tell ticks <paramref name="step"/> apart, with thousands separators.</summary>
    public static string Number(double value, double step) =>
        value.ToString("N" + DecimalsOf(step).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int DecimalsOf(double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
        {
            return 2;
        }

        for (var decimals = 0; decimals < 8; decimals++)
        {
            var scaled = step * Math.Pow(10, decimals);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6 * Math.Max(1, scaled))
            {
                return decimals;
            }
        }

        return 8;
    }

    /// <summary>A price as traded: its decimal digits kept, thousands separated.</summary>
    public static string Price(decimal value) =>
        value.ToString("#,0.############", CultureInfo.InvariantCulture);

    public static string Time(long timeMs, string format) =>
        DateTimeOffset.FromUnixTimeMilliseconds(timeMs).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
}
