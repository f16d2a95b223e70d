using System.Globalization;
using System.Text.RegularExpressions;
using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Bots;

/// <summary>
/// Deterministic client order ids: <c>{bot}-{seq}-{generation}{b|s}{level}</c> for grid orders,
/// <c>{bot}-{seq}-start</c> and <c>{bot}-{seq}-flat</c> otherwise (negative levels are written <c>n3</c>).
/// The per-bot sequence makes each unique; the rest says what it is to anyone reading a venue's order list.
/// </summary>
public static partial class ClientOrderIds
{
    public const int MaxBotIdLength = 16;

    public static bool IsValidBotId(string? botId) => botId is not null && BotIdPattern().IsMatch(botId);

    public static bool IsValid(string? clientOrderId) => clientOrderId is not null && ClientIdPattern().IsMatch(clientOrderId);

    public static string For(string botId, int seq, IntentKind kind, int generation, int level, OrderSide side)
    {
        var suffix = kind switch
        {
            IntentKind.StartBuy => "start",
            IntentKind.Flatten => "flat",
            _ => string.Create(CultureInfo.InvariantCulture, $"{generation}{(side == OrderSide.Buy ? 'b' : 's')}{(level < 0 ? "n" : string.Empty)}{Math.Abs(level)}"),
        };
        var id = string.Create(CultureInfo.InvariantCulture, $"{botId}-{seq}-{suffix}");
        Guard.That(IsValid(id), $"client order id '{id}' must match ^[a-zA-Z0-9_-]{{1,36}}$");
        return id;
    }

    [GeneratedRegex("^[a-zA-Z0-9_]{1,16}$")]
    private static partial Regex BotIdPattern();

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,36}$")]
    private static partial Regex ClientIdPattern();
}
