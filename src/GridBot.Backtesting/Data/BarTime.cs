using System.Buffers;
using System.Globalization;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Parses the open-time forms found in bar files into UTC epoch milliseconds, without allocating:
/// digits only = epoch ms, or µs when above 10^14 (Binance spot files from 2025-01-01 on);
/// otherwise <c>yyyy-MM-dd[( |T)HH:mm[:ss[.fff…]]][Z|±HH[:]MM]</c>, UTC when there is no offset.
/// </summary>
internal static class BarTime
{
    /// <summary>10^14: as ms that is the year 5138, as µs it is 1973, so larger values can only be µs.</summary>
    public const long MicrosecondThreshold = 100_000_000_000_000;

    private const long MinMs = -62_135_596_800_000; // 0001-01-01T00:00:00Z
    private const long MaxMs = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
    private const long UnixEpochDays = 719_162; // days from 0001-01-01 to 1970-01-01

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static bool TryParse(ReadOnlySpan<char> text, out long ms)
    {
        ms = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var parsed = text.ContainsAnyExcept(Digits)
            ? TryParseDateTime(text, out ms)
            : TryParseEpoch(text, out ms);
        return parsed && ms is >= MinMs and <= MaxMs;
    }

    public static string Format(long ms)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
        var format = ms % 1000 == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fff";
        return time.ToString(format, CultureInfo.InvariantCulture) + " UTC";
    }

    private static bool TryParseEpoch(ReadOnlySpan<char> digits, out long ms)
    {
        ms = 0;
        if (digits.Length > 18)
        {
            return false;
        }

        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        ms = value > MicrosecondThreshold ? value / 1000 : value;
        return true;
    }

    private static bool TryParseDateTime(ReadOnlySpan<char> s, out long ms)
    {
        ms = 0;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !TryNumber(s[..4], out var year) || !TryNumber(s.Slice(5, 2), out var month) || !TryNumber(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        long timeMs = 0;
        if (s.Length > 10)
        {
            if (s[10] is not (' ' or 'T' or 't')
                || !TryParseClock(s[11..], out timeMs, out var rest)
                || !TryParseOffset(rest, out var offsetMs))
            {
                return false;
            }

            timeMs -= offsetMs;
        }

        var days = new DateOnly(year, month, day).DayNumber - UnixEpochDays;
        ms = (days * 86_400_000L) + timeMs;
        return true;
    }

    private static bool TryParseClock(ReadOnlySpan<char> s, out long ms, out ReadOnlySpan<char> rest)
    {
        ms = 0;
        rest = default;
        if (s.Length < 5 || s[2] != ':' || !TryNumber(s[..2], out var hour) || !TryNumber(s.Slice(3, 2), out var minute)
            || hour > 23 || minute > 59)
        {
            return false;
        }

        var pos = 5;
        var second = 0;
        var fraction = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            if (s.Length < pos + 3 || !TryNumber(s.Slice(pos + 1, 2), out second) || second > 59)
            {
                return false;
            }

            pos += 3;
            if (pos < s.Length && s[pos] == '.' && !TryParseFraction(s, ref pos, out fraction))
            {
                return false;
            }
        }

        ms = ((((hour * 60L) + minute) * 60) + second) * 1000 + fraction;
        rest = s[pos..];
        return true;
    }

    /// <summary>Milliseconds from a fraction of a second; digits past the third are truncated (bars open on whole ms).</summary>
    private static bool TryParseFraction(ReadOnlySpan<char> s, ref int pos, out int ms)
    {
        ms = 0;
        var digits = 0;
        for (pos++; pos < s.Length && char.IsAsciiDigit(s[pos]); pos++, digits++)
        {
            if (digits < 3)
            {
                ms = (ms * 10) + (s[pos] - '0');
            }
        }

        for (var pad = digits; pad < 3; pad++)
        {
            ms *= 10;
        }

        return digits > 0;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out long ms)
    {
        ms = 0;
        if (s.IsEmpty || s is "Z" or "z")
        {
            return true;
        }

        if (s[0] is not ('+' or '-'))
        {
            return false;
        }

        var body = s[1..];
        var minutes = 0;
        var ok = body.Length switch
        {
            2 => TryNumber(body, out _),
            4 => TryNumber(body[2..], out minutes),
            5 => body[2] == ':' && TryNumber(body[3..], out minutes),
            _ => false,
        };
        if (!ok || !TryNumber(body[..2], out var hours) || hours > 23 || minutes > 59)
        {
            return false;
        }

        ms = (s[0] == '-' ? -1L : 1L) * ((hours * 60L) + minutes) * 60_000L;
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !s.IsEmpty;
    }
}
