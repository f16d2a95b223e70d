using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Bybit.BybitJson;

namespace GridBot.Exchanges.Bybit;

public static partial class BybitParsers
{
    /// <summary>
    /// The <c>topic</c> of a private-stream frame (<c>order</c>, <c>order.spot</c>, <c>execution</c>…) or, for a
    /// control frame, its <c>op</c> (<c>auth</c>, <c>subscribe</c>, <c>pong</c>).
    /// </summary>
    public static Result<string> WsTopic(string message)
    {
        if (ParseObject(message) is not { } root)
        {
            return PayloadError("websocket", "not a JSON object");
        }

        return (OptStr(root, "topic") ?? OptStr(root, "op")) is { } name
            ? name
            : PayloadError("websocket", "neither 'topic' nor 'op'");
    }

    /// <summary>
    /// An <c>order</c> frame → orders of the spot and linear categories (others, e.g. options, are skipped).
    /// <paramref name="resolveSymbol"/> names a symbol (default <see cref="Symbol.TryParse"/>); an unresolvable one is an error.
    /// </summary>
    public static Result<IReadOnlyList<ExchangeOrder>> WsOrders(string message, Func<string, Symbol?>? resolveSymbol = null) =>
        WsData("order", message, resolveSymbol, (item, symbol, _) => OrderOf(item, symbol));

    /// <summary>An <c>execution</c> frame (possibly several executions) → trade fills of spot and linear, oldest first.</summary>
    public static Result<IReadOnlyList<ExchangeFill>> WsFills(string message, Func<string, Symbol?>? resolveSymbol = null) =>
        WsData("execution", message, resolveSymbol, FillOf, IsTrade)
            .Map(fills => (IReadOnlyList<ExchangeFill>)fills.OrderBy(fill => fill.TimeMs).ToArray());

    private static Result<IReadOnlyList<T>> WsData<T>(
        string topic,
        string message,
        Func<string, Symbol?>? resolveSymbol,
        Func<JsonElement, Symbol, MarketType, T> parse,
        Func<JsonElement, bool>? keep = null) =>
        Guarded<IReadOnlyList<T>>(topic, () =>
        {
            if (ParseObject(message) is not { } root)
            {
                return PayloadError(topic, "not a JSON object");
            }

            if (OptStr(root, "topic") is not { } actual || !(actual == topic || actual.StartsWith(topic + ".", StringComparison.Ordinal)))
            {
                return PayloadError(topic, $"topic is '{OptStr(root, "topic")}'");
            }

            var items = new List<T>();
            foreach (var item in Array(root, "data").EnumerateArray())
            {
                if (BybitCategory.Parse(OptStr(item, "category")) is not { } market || (keep is not null && !keep(item)))
                {
                    continue;
                }

                var name = Str(item, "symbol");
                var symbol = resolveSymbol is null ? (Symbol.TryParse(name, out var parsed) ? parsed : null) : resolveSymbol(name);
                if (symbol is null)
                {
                    return new Error(ErrorKind.Other, "InvalidSymbol", $"Cannot resolve Bybit symbol '{name}'");
                }

                items.Add(parse(item, symbol, market));
            }

            return items;
        });
}
