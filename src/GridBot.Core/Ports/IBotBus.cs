using GridBot.Core.Bots.Operations;

namespace GridBot.Core.Ports;

/// <summary>
/// Delivers operations to bots (one at a time per bot: a session queue in Azure, a mailbox locally) and fans each
/// fill out to its handlers (safety, flatten). Both are fire-and-forget: a handler must never wait for the bot it
/// is called from.
/// </summary>
public interface IBotBus
{
    Task SendAsync(string botId, BotOperation operation, CancellationToken ct);

    Task PublishFillAsync(string botId, ExchangeFill fill, CancellationToken ct);
}
