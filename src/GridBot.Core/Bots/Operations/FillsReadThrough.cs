namespace GridBot.Core.Bots.Operations;

/// <summary>
/// The runtime read every fill the venue had up to <see cref="UntilMs"/> (venue time, already less a safety margin for
/// late-visible trades): later reads may start there. Without it the fill cursor would move only with fills, and after
/// a quiet spell longer than a venue's read window (24 h on Binance spot) no later fill would ever be read.
/// </summary>
public sealed record FillsReadThrough(long UntilMs) : BotOperation;
