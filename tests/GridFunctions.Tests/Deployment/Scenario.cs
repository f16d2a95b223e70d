namespace GridFunctions.Tests.Deployment;

/// <summary>One way to deploy: the plan, the fan-out, and whether the secrets are given (as deploy.sh passes them).</summary>
public sealed record Scenario(string Plan, string FanOut, bool Secrets)
{
    public static TheoryData<string, string, bool> All => new()
    {
        { "flex", "queues", true },
        { "flex", "servicebus", false },
        { "premium", "queues", false },
        { "premium", "servicebus", true },
    };

    public bool ServiceBus => FanOut == "servicebus";

    /// <summary>The main template's parameters; secret values are stand-ins, never real ones.</summary>
    internal IReadOnlyDictionary<string, object?> Parameters()
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["plan"] = Plan, ["fanOut"] = FanOut };
        if (Secrets)
        {
            foreach (var name in new[] { "exchangeApiKey", "exchangeApiSecret", "telegramBotToken", "telegramWebhookSecret" })
            {
                values[name] = $"{name}-stand-in";
            }

            // Whoever gives a Telegram token names the chats the bot obeys.
            values["telegramAllowedChatIds"] = "123456789";
        }

        return values;
    }

    internal ArmDeployment Deployment() => new(BicepTemplates.Main, Parameters());

    public override string ToString() => $"{Plan}/{FanOut}/{(Secrets ? "secrets" : "no secrets")}";
}
