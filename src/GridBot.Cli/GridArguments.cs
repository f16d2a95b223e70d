using System.CommandLine;
using GridBot.Core.Grid;

namespace GridBot.Cli;

/// <summary>The options every grid command shares: data, symbol rules, fees and capital.</summary>
public sealed class GridArguments
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Bars: a CSV file (1m/2h exports, Binance 12-column klines), a Parquet root folder (with --venue/--market/--symbol/--interval) or sim:SEED[:BARS] for the built-in simulator (default sim:42)",
    };

    public Option<string> Symbol { get; } = new("--symbol") { Description = "Symbol, e.g. BTCUSDT or BTC/USDC (names the quote currency)", DefaultValueFactory = _ => "BTCUSDT" };

    public Option<string?> From { get; } = new("--from") { Description = "First bar to use (UTC date, ISO time or epoch ms)" };

    public Option<string?> To { get; } = new("--to") { Description = "Last bar to use, inclusive (UTC date, ISO time or epoch ms)" };

    public Option<decimal?> Qty { get; } = new("--qty") { Description = "Fixed base quantity per order" };

    public Option<decimal?> QuotePerLevel { get; } = new("--quote-per-level") { Description = "Quote amount per buy level (quantity = floor_to_step(A / price))" };

    public Option<decimal> Capital { get; } = new("--capital") { Description = "Starting capital in quote", DefaultValueFactory = _ => 10_000m };

    public Option<decimal> MakerFeeBps { get; } = new("--maker-fee-bps") { Description = "Maker fee, basis points", DefaultValueFactory = _ => 10m };

    public Option<decimal> TakerFeeBps { get; } = new("--taker-fee-bps") { Description = "Taker fee, basis points", DefaultValueFactory = _ => 10m };

    public Option<decimal> SlippageBps { get; } = new("--slippage-bps") { Description = "Slippage on market orders, basis points", DefaultValueFactory = _ => 0m };

    public Option<decimal> Tick { get; } = new("--tick") { Description = "Price tick size", DefaultValueFactory = _ => 0.01m };

    public Option<decimal> Step { get; } = new("--step") { Description = "Quantity step size", DefaultValueFactory = _ => 0.00001m };

    public Option<decimal> MinNotional { get; } = new("--min-notional") { Description = "Minimum order notional in quote", DefaultValueFactory = _ => 5m };

    public Option<bool> Json { get; } = new("--json") { Description = "Print exactly one JSON object instead of a table" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Data, Symbol, From, To, Qty, QuotePerLevel, Capital, MakerFeeBps, TakerFeeBps, SlippageBps, Tick, Step, MinNotional, Json })
        {
            command.Add(option);
        }
    }

    public static Option<string> Mode(string defaultValue, string description)
    {
        var option = new Option<string>("--mode") { Description = description, DefaultValueFactory = _ => defaultValue };
        return option;
    }

    public static bool TryParseSpacing(string text, out GridSpacing spacing) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out spacing) && Enum.IsDefined(spacing);
}
