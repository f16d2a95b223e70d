using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GridBot.Runtime.Dashboard;

/// <summary>
/// The dashboard: one self-contained HTML page (inline CSS and JS, chart drawn as SVG by the page, no external asset)
/// embedded in this assembly, served as is by every HTTP host. It holds no data: everything it shows comes from the
/// key-protected API, with the key the user types (kept in <c>sessionStorage</c>, sent as <c>x-functions-key</c>).
/// <see cref="ContentSecurityPolicy"/> allows exactly the page's one <c>&lt;script&gt;</c> and one
/// <c>&lt;style&gt;</c> by their SHA-256, computed here from the embedded text, and fetches to its own origin only.
/// </summary>
public static partial class DashboardPage
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string ResourceName = "GridBot.Runtime.Dashboard.dashboard.html";

    private static readonly Lazy<(byte[] Bytes, string Policy)> Page = new(Load);

    /// <summary>The page as UTF-8 bytes.</summary>
    public static ReadOnlyMemory<byte> Html => Page.Value.Bytes;

    public static string ContentSecurityPolicy => Page.Value.Policy;

    /// <summary>Every header the page is served with besides its content type.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Headers =>
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "no-referrer"),
        new("Cache-Control", "no-store"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>The CSP for <paramref name="html"/>: its single inline script and style allowed by hash, nothing else inline.</summary>
    public static string PolicyFor(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return $"default-src 'none'; script-src {Hash(Single(ScriptBlock(), html, "script"))}; style-src {Hash(Single(StyleBlock(), html, "style"))}; " +
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static (byte[] Bytes, string Policy) Load()
    {
        using var stream = typeof(DashboardPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the dashboard page is not embedded as {ResourceName}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var html = reader.ReadToEnd();
        return (Encoding.UTF8.GetBytes(html), PolicyFor(html));
    }

    /// <summary>The text between the one pair of tags; the page is ours, so more than one is a bug in it.</summary>
    private static string Single(Regex block, string html, string tag)
    {
        var matches = block.Matches(html);
        return matches.Count == 1
            ? matches[0].Groups["body"].Value
            : throw new InvalidOperationException($"the dashboard page must have exactly one inline <{tag}>, not {matches.Count}");
    }

    private static string Hash(string body) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}'";

    [GeneratedRegex("<script>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptBlock();

    [GeneratedRegex("<style>(?<body>.*?)</style>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StyleBlock();
}
