namespace GridBot.Core.Configuration;

/// <summary>
/// Venue error codes that stop the bot at once instead of being retried: each means the API key,
/// its signature or its permissions are wrong, which no retry can fix.
/// </summary>
public static class CriticalErrorCodes
{
    /// <summary>Binance -2015: invalid API key, IP or permissions for the action.</summary>
    public const int BinanceInvalidKeyOrPermissions = -2015;

    /// <summary>Binance -1022: the request's signature is not valid.</summary>
    public const int BinanceInvalidSignature = -1022;

    /// <summary>Binance -2014: the API key's format is invalid.</summary>
    public const int BinanceBadApiKeyFormat = -2014;

    /// <summary>Bybit 10003: the API key is invalid (or belongs to the other environment, testnet vs live).</summary>
    public const int BybitInvalidApiKey = 10003;

    /// <summary>Bybit 10004: signature error.</summary>
    public const int BybitInvalidSignature = 10004;

    /// <summary>Bybit 10005: permission denied for this API key.</summary>
    public const int BybitPermissionDenied = 10005;

    /// <summary>A fresh set of the defaults. Binance codes are negative and Bybit's positive, so one set serves both.</summary>
    public static HashSet<int> Defaults() =>
    [
        BinanceInvalidKeyOrPermissions,
        BinanceInvalidSignature,
        BinanceBadApiKeyFormat,
        BybitInvalidApiKey,
        BybitInvalidSignature,
        BybitPermissionDenied,
    ];
}
