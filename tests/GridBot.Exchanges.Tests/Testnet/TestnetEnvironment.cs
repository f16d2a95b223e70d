namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>
/// Where the live testnet tests find their keys and venues. Keys come only from the environment; nothing is read from
/// files and no key is ever printed. Base URLs default to the official testnets (api-facts 2.1 and 3.1).
/// </summary>
internal static class TestnetEnvironment
{
    public const string BinanceSpotKey = "GRIDBOT_TESTNET_BINANCE_KEY";
    public const string BinanceSpotSecret = "GRIDBOT_TESTNET_BINANCE_SECRET";
    public const string BinanceSpotUrl = "GRIDBOT_TESTNET_BINANCE_URL";
    public const string BinanceFuturesKey = "GRIDBOT_TESTNET_BINANCE_FUTURES_KEY";
    public const string BinanceFuturesSecret = "GRIDBOT_TESTNET_BINANCE_FUTURES_SECRET";
    public const string BinanceFuturesUrl = "GRIDBOT_TESTNET_BINANCE_FUTURES_URL";
    public const string BybitKey = "GRIDBOT_TESTNET_BYBIT_KEY";
    public const string BybitSecret = "GRIDBOT_TESTNET_BYBIT_SECRET";
    public const string BybitUrl = "GRIDBOT_TESTNET_BYBIT_URL";

    /// <summary>Set to "true" or "1" by CI services (GitHub Actions, Azure Pipelines' TF_BUILD, GitLab…): live tests never run there.</summary>
    public static bool InCi => IsSet("CI") || IsSet("TF_BUILD") || IsSet("GITHUB_ACTIONS");

    public static (string Key, string Secret, string Url) VariablesOf(TestnetAccount account) => account switch
    {
        TestnetAccount.BinanceSpot => (BinanceSpotKey, BinanceSpotSecret, BinanceSpotUrl),
        TestnetAccount.BinanceFutures => (BinanceFuturesKey, BinanceFuturesSecret, BinanceFuturesUrl),
        _ => (BybitKey, BybitSecret, BybitUrl),
    };

    public static Uri DefaultUrl(TestnetAccount account) => account switch
    {
        TestnetAccount.BinanceSpot => new Uri("https://testnet.binance.vision"),
        TestnetAccount.BinanceFutures => new Uri("https://testnet.binancefuture.com"),
        _ => new Uri("https://api-testnet.bybit.com"),
    };

    /// <summary>The variables <paramref name="account"/> needs that are not set (empty when it can run).</summary>
    public static IReadOnlyList<string> Missing(TestnetAccount account)
    {
        var (key, secret, _) = VariablesOf(account);
        return [.. new[] { key, secret }.Where(name => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)))];
    }

    public static (string Key, string Secret, Uri BaseUrl) Settings(TestnetAccount account)
    {
        var (key, secret, url) = VariablesOf(account);
        var baseUrl = Environment.GetEnvironmentVariable(url) is { Length: > 0 } text ? new Uri(text) : DefaultUrl(account);
        return (Environment.GetEnvironmentVariable(key)!, Environment.GetEnvironmentVariable(secret)!, baseUrl);
    }

    private static bool IsSet(string name) =>
        Environment.GetEnvironmentVariable(name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
