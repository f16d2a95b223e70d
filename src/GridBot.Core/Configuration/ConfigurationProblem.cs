namespace GridBot.Core.Configuration;

/// <summary>One invalid setting: <see cref="Key"/> is the configuration key to fix, e.g. <c>GridBot:RolloutStage</c>.</summary>
public sealed record ConfigurationProblem(string Key, string Message)
{
    public override string ToString() => $"{Key}: {Message}";
}
