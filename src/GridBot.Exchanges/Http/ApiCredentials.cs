using GridBot.Core.Common;

namespace GridBot.Exchanges.Http;

/// <summary>An API key and secret. <see cref="ToString"/> never shows the secret (or the key beyond 4 characters).</summary>
public sealed class ApiCredentials
{
    public ApiCredentials(string apiKey, string apiSecret)
    {
        ApiKey = Guard.NotBlank(apiKey);
        ApiSecret = Guard.NotBlank(apiSecret);
    }

    public string ApiKey { get; }

    public string ApiSecret { get; }

    public override string ToString() => $"ApiCredentials({(ApiKey.Length > 4 ? ApiKey[..4] : string.Empty)}…, secret hidden)";
}
