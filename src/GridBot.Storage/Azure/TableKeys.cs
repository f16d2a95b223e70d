using System.Text;

namespace GridBot.Storage.Azure;

/// <summary>
/// Table keys from ids that may hold characters a PartitionKey or RowKey forbids (<c>/ \ # ?</c>, control
/// characters): those, <c>%</c> and a leading <c>~</c> are percent-encoded, so every id maps to one key and back, and
/// no id can take a key starting with <c>~</c>, which the stores keep for their own rows.
/// </summary>
internal static class TableKeys
{
    public static string Encode(string id)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var escape = c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) || (i == 0 && c == '~');
            if (escape)
            {
                sb ??= new StringBuilder(id, 0, i, id.Length + 8);
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? id;
    }

    public static string Decode(string key) => key.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(key) : key;

    /// <summary>The OData literal for <paramref name="value"/> in a filter (single quotes doubled).</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
