using GridBot.Core.Bots;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>What the control service and the runtime need from the venues: symbol rules, the account's equity, and each bot's exchange.</summary>
public interface IBotVenues
{
    /// <summary>The symbol's trading rules from the venue's public data.</summary>
    Task<Result<SymbolRules>> GetRulesAsync(Venue venue, MarketType market, Symbol symbol, CancellationToken ct);

    /// <summary>The live account's equity in the symbol's quote asset (quote balance plus base balance at the last price); needs keys.</summary>
    Task<Result<decimal>> GetAccountEquityAsync(Venue venue, MarketType market, Symbol symbol, CancellationToken ct);

    /// <summary>Where the bot trades: the venue itself, or (paper) a paper exchange quoted at the venue's prices. One instance per bot.</summary>
    IExchange ExchangeFor(BotConfig config);
}
