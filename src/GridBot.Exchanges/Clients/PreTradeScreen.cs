using System.Collections.Concurrent;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// A client's last-loaded <see cref="PreTradeRules"/> per symbol, and the check every placement passes before it is
/// sent: a refused order never reaches the venue, so it costs no request weight, no order count and no error streak.
/// </summary>
internal sealed class PreTradeScreen
{
    private readonly ConcurrentDictionary<Symbol, PreTradeRules> _rules = new();

    public void Remember(PreTradeRules rules) => _rules[rules.Rules.Symbol] = rules;

    /// <summary>
    /// Null when <paramref name="request"/> may be sent. The client id must match <c>^[a-zA-Z0-9_-]{1,36}$</c> (refused
    /// with <paramref name="idErrorCode"/>, the venue's own code for it); the symbol's rules are loaded through
    /// <paramref name="load"/> the first time (and again while the symbol is not trading), which fills this screen.
    /// </summary>
    public async Task<Error?> CheckAsync(
        OrderRequest request, string idErrorCode, Func<Symbol, CancellationToken, Task<Result<SymbolRules>>> load, CancellationToken ct)
    {
        if (!ClientIdPattern.IsValid(request.ClientOrderId))
        {
            return new Error(ErrorKind.FilterFailure, idErrorCode, $"client order id '{request.ClientOrderId}' must match ^[a-zA-Z0-9_-]{{1,36}}$");
        }

        // A symbol that was not trading is looked up again, so the bot resumes when the venue does.
        if (!_rules.TryGetValue(request.Symbol, out var rules) || !rules.IsTrading)
        {
            var loaded = await load(request.Symbol, ct).ConfigureAwait(false);
            if (!loaded.IsSuccess)
            {
                return loaded.Error;
            }

            rules = _rules[request.Symbol];
        }

        return rules.Check(request);
    }
}
