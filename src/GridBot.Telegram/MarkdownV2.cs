using System.Text;

namespace GridBot.Telegram;

/// <summary>
/// Telegram's MarkdownV2 for plain text: <see cref="Escape"/> puts a backslash before each of
/// <c>_ * [ ] ( ) ~ ` &gt; # + - = | { } . !</c> and before the backslash itself, so the text shows as written;
/// <see cref="Split"/> cuts (escaped) text into messages of at most <see cref="MaxMessageLength"/> characters, at a
/// line break where one is near, never between a backslash and the character it escapes nor inside a surrogate pair.
/// </summary>
public static class MarkdownV2
{
    /// <summary>sendMessage's limit: 1–4096 characters (counted here before entity parsing, so never over).</summary>
    public const int MaxMessageLength = 4096;

    private const string Reserved = "_*[]()~`>#+-=|{}.!\\";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The chunks of <paramref name="escaped"/>, each 1..<paramref name="max"/> characters, whose concatenation is the
    /// input. A chunk ends after the last line break in its second half when there is one; otherwise as late as it can
    /// without leaving a lone escaping backslash or half a surrogate pair at its end. Empty text gives no chunks.
    /// </summary>
    public static IReadOnlyList<string> Split(string escaped, int max = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(escaped);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 4);
        var chunks = new List<string>();
        var start = 0;
        while (escaped.Length - start > max)
        {
            var end = Cut(escaped, start, max);
            chunks.Add(escaped[start..end]);
            start = end;
        }

        if (start < escaped.Length)
        {
            chunks.Add(escaped[start..]);
        }

        return chunks;
    }

    /// <summary>Where the chunk starting at <paramref name="start"/> ends (exclusive).</summary>
    private static int Cut(string text, int start, int max)
    {
        var limit = start + max;
        var newline = text.LastIndexOf('\n', limit - 1, max / 2);
        if (newline >= 0)
        {
            return newline + 1;
        }

        var end = limit;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        // An odd run of backslashes before the cut means the last one escapes the first character of the next chunk.
        var run = 0;
        while (end - 1 - run >= start && text[end - 1 - run] == '\\')
        {
            run++;
        }

        return run % 2 == 1 ? end - 1 : end;
    }
}
