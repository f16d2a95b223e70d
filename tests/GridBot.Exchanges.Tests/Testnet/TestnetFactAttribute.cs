namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>
/// A fact that talks to a real venue's testnet. It is reported as SKIPPED, with the reason, unless the account's key
/// and secret are in the environment — and always in CI, keys or not — so a run without keys never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TestnetFactAttribute : FactAttribute
{
    public TestnetFactAttribute(TestnetAccount account)
    {
        Account = account;
        if (TestnetEnvironment.InCi)
        {
            Skip = $"Live {account} testnet test: never runs in CI (CI/TF_BUILD/GITHUB_ACTIONS is set).";
            return;
        }

        var missing = TestnetEnvironment.Missing(account);
        if (missing.Count > 0)
        {
            Skip = $"Live {account} testnet test: set {string.Join(" and ", missing)} to run it " +
                $"(see tests/GridBot.Exchanges.Tests/Testnet/README.md).";
        }
    }

    public TestnetAccount Account { get; }
}
