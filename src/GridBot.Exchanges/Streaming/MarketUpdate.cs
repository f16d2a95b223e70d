using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Streaming;

/// <summary>What one market-data frame said: a new top of book, closed bars (oldest first), both or neither.</summary>
public sealed record MarketUpdate(Ticker? Ticker, Symbol? BarSymbol, IReadOnlyList<Bar> ClosedBars)
{
    public static readonly MarketUpdate None = new(null, null, []);

    public static MarketUpdate Of(Ticker ticker) => new(ticker, null, []);

    public static MarketUpdate Of(Symbol symbol, IReadOnlyList<Bar> bars) => new(null, symbol, bars);
}
