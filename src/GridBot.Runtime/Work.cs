using GridBot.Core.Bots.Operations;

namespace GridBot.Runtime;

/// <summary>One item in a bot's mailbox: an operation, or a request to read new fills from the venue.</summary>
internal sealed record Work(BotOperation? Operation)
{
    public static Work PollFills { get; } = new((BotOperation?)null);
}
