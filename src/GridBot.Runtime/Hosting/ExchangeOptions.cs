using System.Globalization;

namespace GridBot.Runtime.Hosting;

/// <summary>
/// The venue account the host trades (section <c>Exchange</c>; environment <c>Exchange__ApiKey</c> and so on). Keys are
/// optional: paper bots and public market data need none. Secrets are never logged or printed.
/// </summary>
public sealed class ExchangeOptions
{
    public const string SectionName = "Exchange";

    public string? ApiKey { get; set; }

    public string? ApiSecret { get; set; }

    /// <summary>REST base URL (a testnet or a local simulator); empty for the venue's production URL.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long a signed request stays valid, ms (1–60000).</summary>
    public int RecvWindowMs { get; set; } = 5_000;

    // Methods, not properties: the configuration binder visits every property.
    public bool HasCredentials() => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(ApiSecret);

    /// <summary>The configured base URL, or null for the venue's default; valid once <see cref="Problems"/> is empty.</summary>
    public Uri? BaseUri() => string.IsNullOrWhiteSpace(BaseUrl) ? null : new Uri(BaseUrl, UriKind.Absolute);

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl) && !IsHttpUrl(BaseUrl))
        {
            yield return $"{SectionName}:BaseUrl '{BaseUrl}' is not an http(s) URL";
        }

        if (RecvWindowMs is < 1 or > 60_000)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{SectionName}:RecvWindowMs {RecvWindowMs}: use 1 to 60000 ms");
        }

        if (string.IsNullOrWhiteSpace(ApiKey) != string.IsNullOrWhiteSpace(ApiSecret))
        {
            yield return $"{SectionName}:ApiKey and {SectionName}:ApiSecret go together: set both or neither";
        }
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
