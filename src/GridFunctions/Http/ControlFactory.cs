using GridBot.Core.Configuration;
using GridBot.Runtime.Control;
using GridBot.Storage;
using GridFunctions.Durable;
using GridFunctions.FanOut;
using Microsoft.Extensions.Options;

namespace GridFunctions.Http;

/// <summary>
/// The control service for one invocation: bots are reached through that invocation's Durable client (each command a
/// <c>BotOperation</c> orchestration waited for, the state read from the bot's entity); the registry, the fill ledger,
/// the venues, the settings and the operator's switches are the app's singletons.
/// </summary>
public sealed class ControlFactory(BotStores stores, IBotVenues venues, IOptions<GridBotOptions> options, OperatorService operators)
{
    public BotControlService For(IBotOrchestrations orchestrations) =>
        new(new DurableBotHost(orchestrations), stores.Registry, stores.Fills, venues, options.Value, operators);
}
