using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Streaming;

internal static class MarketEvents
{
    public static void Publish(MarketUpdate update, Action<Ticker>? tickerUpdated, Action<Symbol, Bar>? barClosed, ILogger logger, string source)
    {
        if (update.Ticker is { } ticker)
        {
            StreamEvents.Raise(tickerUpdated, ticker, logger, source);
        }

        if (update.BarSymbol is { } symbol)
        {
            foreach (var bar in update.ClosedBars)
            {
                StreamEvents.Raise(barClosed, symbol, bar, logger, source);
            }
        }
    }
}
