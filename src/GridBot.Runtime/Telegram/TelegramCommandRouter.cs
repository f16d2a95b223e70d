using System.Globalization;
using GridBot.Runtime.Control;
using GridBot.Runtime.Reporting;
using GridBot.Telegram;

namespace GridBot.Runtime.Telegram;

/// <summary>
/// The chat commands over the one control surface (<see cref="BotControlService"/>) and the KPI report builder:
/// <c>/help /status /bots /pnl /daily /weekly /start ID /stop ID /pause ID /resume ID /flatten ID /stage N /report ID</c>
/// (also <c>/cmd@BotName</c>). <c>/stop</c> and <c>/flatten</c> only ask, with Confirm/Cancel buttons whose callback
/// data is signed for the chat (<see cref="ConfirmationSigner"/>); the command runs when a valid, unexpired Confirm
/// comes back from the same chat. <c>/stage N</c> sets the operator's rollout stage (<see cref="OperatorService"/>).
/// Replies are plain text (the webhook escapes them). Made per request (the Function app has a control service per
/// invocation); holds no state of its own.
/// </summary>
public sealed partial class TelegramCommandRouter(
    BotControlService control, KpiReportJob reports, OperatorService operators, ConfirmationSigner signer, TimeProvider time)
{
    public const string Help = """
        GridBot commands:
        /status - bots by status and PnL per quote asset
        /bots - every bot with its symbol and status
        /pnl - realized PnL, grid profit and fees per bot
        /daily, /weekly - the KPI report for yesterday or the last 7 days
        /report ID - one bot's KPIs over the last 7 days
        /start ID, /pause ID, /resume ID - lifecycle
        /stop ID, /flatten ID - asks for confirmation first
        /stage N - set the rollout stage (1-5)
        """;

    /// <summary>The replies to a message's text (a command or anything else: anything else gets a hint).</summary>
    public async Task<IReadOnlyList<TelegramReply>> HandleTextAsync(long chatId, string? text, CancellationToken ct)
    {
        var (command, args) = Parse(text);
        if (command is null)
        {
            return [new TelegramReply("Send /help for the commands.")];
        }

        var id = args.Count > 0 ? args[0] : null;
        return command switch
        {
            "help" => [new TelegramReply(Help)],
            "start" when id is null => [new TelegramReply(Help)],
            "status" => [await StatusAsync(ct).ConfigureAwait(false)],
            "bots" => [await BotsAsync(ct).ConfigureAwait(false)],
            "pnl" => [await PnlAsync(ct).ConfigureAwait(false)],
            "daily" => [await ReportAsync(ReportKind.Daily, ct).ConfigureAwait(false)],
            "weekly" => [await ReportAsync(ReportKind.Weekly, ct).ConfigureAwait(false)],
            "pause" or "resume" or "stop" or "flatten" or "report" when id is null => [new TelegramReply($"Usage: /{command} ID (see /bots for the ids)")],
            "start" or "pause" or "resume" => [await LifecycleAsync(command, id!, Reason(args), ct).ConfigureAwait(false)],
            "stop" => [await AskAsync(chatId, ConfirmAction.Stop, id!, ct).ConfigureAwait(false)],
            "flatten" => [await AskAsync(chatId, ConfirmAction.Flatten, id!, ct).ConfigureAwait(false)],
            "report" => [await BotReportAsync(id!, ct).ConfigureAwait(false)],
            "stage" => [await StageAsync(id, ct).ConfigureAwait(false)],
            _ => [new TelegramReply($"Unknown command /{command}. Send /help for the commands.")],
        };
    }

    /// <summary>A button press: the callback's answer text (shown as a toast) and the replies to the chat.</summary>
    public async Task<(string Answer, IReadOnlyList<TelegramReply> Replies)> HandleCallbackAsync(long chatId, string? data, CancellationToken ct)
    {
        var confirmation = signer.Check(chatId, data);
        var name = confirmation.Action == ConfirmAction.Flatten ? "flatten" : "stop";
        switch (confirmation.Check)
        {
            case ConfirmationCheck.Invalid:
                return ("Not a valid confirmation", [new TelegramReply("That button is not valid here; nothing was done.")]);
            case ConfirmationCheck.Expired:
                return ("Expired", [new TelegramReply($"The confirmation to {name} {confirmation.BotId} expired; nothing was done. Send /{name} {confirmation.BotId} again.")]);
            case ConfirmationCheck.Cancelled:
                return ("Cancelled", [new TelegramReply($"Cancelled: {confirmation.BotId} was not {(name == "stop" ? "stopped" : "flattened")}.")]);
            default:
                var result = confirmation.Action == ConfirmAction.Flatten
                    ? await control.FlattenAsync(confirmation.BotId, "flatten confirmed in Telegram", ct).ConfigureAwait(false)
                    : await control.StopAsync(confirmation.BotId, ct).ConfigureAwait(false);
                return (result.IsOk ? "Done" : "Refused", [Lifecycle(name, confirmation.BotId, result)]);
        }
    }

    /// <summary>The command (lower case, without <c>/</c> and <c>@BotName</c>) and its arguments; null command for plain text.</summary>
    public static (string? Command, IReadOnlyList<string> Args) Parse(string? text)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].Length < 2 || words[0][0] != '/')
        {
            return (null, []);
        }

        var head = words[0][1..];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return ((at >= 0 ? head[..at] : head).ToLowerInvariant(), words[1..]);
    }

    private async Task<TelegramReply> LifecycleAsync(string command, string id, string? reason, CancellationToken ct) =>
        Lifecycle(command, id, await control.CommandAsync(id, command, reason, ct).ConfigureAwait(false));

    private static TelegramReply Lifecycle(string command, string id, ControlResult<BotView> result) => result.IsOk
        ? new TelegramReply($"{id}: {result.Value.Status}{(result.Value.StatusReason is { } why ? $" ({why})" : string.Empty)}")
        : Failure($"/{command} {id}", result.Outcome, result.Detail);

    private async Task<TelegramReply> AskAsync(long chatId, ConfirmAction action, string id, CancellationToken ct)
    {
        var name = action == ConfirmAction.Flatten ? "flatten" : "stop";
        var bot = await control.StatusAsync(id, ct).ConfigureAwait(false);
        if (!bot.IsOk)
        {
            return Failure($"/{name} {id}", bot.Outcome, bot.Detail);
        }

        var confirm = signer.Sign(chatId, action, id, confirm: true);
        var cancel = signer.Sign(chatId, action, id, confirm: false);
        if (confirm is null || cancel is null)
        {
            return new TelegramReply($"/{name} {id}: the bot id is too long for a confirmation button");
        }

        var what = action == ConfirmAction.Flatten
            ? $"Flatten {id}? This cancels its orders and closes its position ({bot.Value.Position} {bot.Value.Symbol}); it then needs a manual resume."
            : $"Stop {id}? Its orders are cancelled and it trades no more.";
        return new TelegramReply($"{what}\nThe buttons expire in {signer.Lifetime.TotalMinutes:0} minutes.",
            [new TelegramButton("Confirm", confirm), new TelegramButton("Cancel", cancel)]);
    }

    private async Task<TelegramReply> StageAsync(string? text, CancellationToken ct)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 5)
        {
            return new TelegramReply("Usage: /stage N with N from 1 to 5");
        }

        var set = await operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = n }, ct).ConfigureAwait(false);
        return set.IsOk
            ? new TelegramReply($"Rollout stage is now {set.Value.RolloutStage} (exchange profile {set.Value.ExchangeProfile})")
            : Failure($"/stage {n}", set.Outcome, set.Detail);
    }

    private static TelegramReply Failure(string what, ControlOutcome outcome, string? detail) => new(outcome switch
    {
        ControlOutcome.NotFound => $"{what}: not found: {detail}",
        ControlOutcome.IllegalTransition => $"{what}: not allowed now: {detail}",
        ControlOutcome.InvalidInput => $"{what}: refused: {detail}",
        _ => $"{what}: unavailable, try again: {detail}",
    });

    private static string? Reason(IReadOnlyList<string> args) => args.Count > 1 ? string.Join(' ', args.Skip(1)) : null;

    private DateTimeOffset Now => time.GetUtcNow();
}
