using System.CommandLine;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using Symbol = GridBot.Core.Market.Symbol;
using GridBot.Core.Ports;

namespace GridBot.Cli;

/// <summary>
/// <c>--venue/--market/--symbol/--interval</c>: which stored series <c>--data ROOT</c> means when ROOT is a Parquet root.
/// A command that already has <c>--venue</c>/<c>--market</c> (run) passes its own options in.
/// </summary>
public sealed class SeriesArguments
{
    public SeriesArguments(Option<string?>? venue = null, Option<string>? market = null)
    {
        OwnsVenueAndMarket = venue is null;
        Venue = venue ?? new Option<string?>("--venue") { Description = "With --data ROOT (a Parquet root): the series' venue, binance, bybit or paper" };
        Market = market ?? new Option<string>("--market") { Description = "With --data ROOT: the series' market, spot or perp", DefaultValueFactory = _ => "spot" };
    }

    public Option<string?> Venue { get; }

    public Option<string> Market { get; }

    public Option<string?> Interval { get; } = new("--interval") { Description = "With --data ROOT: the series' bar interval, e.g. 1m, 15m, 1h" };

    private bool OwnsVenueAndMarket { get; }

    public void AddTo(Command command)
    {
        if (OwnsVenueAndMarket)
        {
            command.Add(Venue);
            command.Add(Market);
        }

        command.Add(Interval);
    }

    /// <summary>The series the options name; <paramref name="symbol"/> must be given explicitly (its default does not pick a series).</summary>
    public Result<BarSeries> Read(ParseResult parse, Option<string> symbol)
    {
        var symbolText = parse.GetResult(symbol) is { Implicit: false } ? parse.GetValue(symbol) : null;
        return Parse(parse.GetValue(Venue), parse.GetValue(Market), symbolText, parse.GetValue(Interval));
    }

    /// <summary>Checks each part; every problem (a missing or bad option) is named in one error.</summary>
    public static Result<BarSeries> Parse(string? venueText, string? marketText, string? symbolText, string? intervalText)
    {
        var problems = new List<string>();
        var missing = new[] { ("--venue", venueText), ("--symbol", symbolText), ("--interval", intervalText) }
            .Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"a Parquet root needs {string.Join(", ", missing)} to pick the series");
        }

        var venue = default(Venue);
        if (!string.IsNullOrWhiteSpace(venueText) && !TryEnum(venueText, out venue))
        {
            problems.Add($"--venue '{venueText}': use binance, bybit or paper");
        }

        var market = MarketType.Spot;
        if (!TryEnum(marketText ?? "spot", out market))
        {
            problems.Add($"--market '{marketText}': use spot or perp");
        }

        Symbol? parsedSymbol = null;
        if (!string.IsNullOrWhiteSpace(symbolText))
        {
            var parsed = Symbol.Parse(symbolText);
            if (parsed.IsSuccess)
            {
                parsedSymbol = parsed.Value;
            }
            else
            {
                problems.Add($"--symbol: {parsed.Error.Message}");
            }
        }

        BarInterval interval = default;
        if (!string.IsNullOrWhiteSpace(intervalText))
        {
            var parsed = BarInterval.Parse(intervalText);
            if (parsed.IsSuccess)
            {
                interval = parsed.Value;
            }
            else
            {
                problems.Add($"--interval: {parsed.Error.Message}");
            }
        }

        if (problems.Count > 0 || parsedSymbol is null)
        {
            return new Error(ErrorKind.Other, "BadSeries", string.Join("; ", problems));
        }

        return new BarSeries(venue, market, parsedSymbol, interval);
    }

    private static bool TryEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text.Trim()[0]);
}
