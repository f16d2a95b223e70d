using System.CommandLine;
using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Cli;

/// <summary>The shared grid options, read and checked. Every problem is an error value naming the option.</summary>
public sealed record CommonInputs(
    string? Data,
    long? FromMs,
    long? ToMs,
    decimal? Qty,
    decimal? QuotePerLevel,
    decimal Capital,
    FeeSchedule Fees,
    decimal SlippageBps,
    SymbolRules Rules,
    bool Json)
{
    public static Result<CommonInputs> Read(ParseResult parse, GridArguments args)
    {
        var problems = new List<string>();
        var from = Time(parse.GetValue(args.From), "--from", problems);
        var to = Time(parse.GetValue(args.To), "--to", problems);
        if (from is not null && to is not null && from > to)
        {
            problems.Add("--from must not be after --to");
        }

        var qty = parse.GetValue(args.Qty);
        var quote = parse.GetValue(args.QuotePerLevel);
        if (qty is not null && quote is not null)
        {
            problems.Add("give either --qty or --quote-per-level, not both");
        }

        Positive(qty, "--qty", problems);
        Positive(quote, "--quote-per-level", problems);
        var capital = Positive(parse.GetValue(args.Capital), "--capital", problems);
        var maker = Bps(parse.GetValue(args.MakerFeeBps), "--maker-fee-bps", problems);
        var taker = Bps(parse.GetValue(args.TakerFeeBps), "--taker-fee-bps", problems);
        var slippage = Bps(parse.GetValue(args.SlippageBps), "--slippage-bps", problems);
        var tick = Positive(parse.GetValue(args.Tick), "--tick", problems);
        var step = Positive(parse.GetValue(args.Step), "--step", problems);
        var minNotional = parse.GetValue(args.MinNotional);
        if (minNotional < 0m)
        {
            problems.Add("--min-notional must be >= 0");
        }

        var symbol = GridBot.Core.Market.Symbol.Parse(parse.GetValue(args.Symbol));
        if (!symbol.IsSuccess)
        {
            problems.Add($"--symbol: {symbol.Error.Message}");
        }

        if (problems.Count > 0)
        {
            return new Error(ErrorKind.Other, "BadOptions", string.Join("; ", problems));
        }

        return new CommonInputs(
            parse.GetValue(args.Data),
            from,
            to,
            qty,
            quote,
            capital,
            FeeSchedule.FromBps(maker, taker),
            slippage,
            new SymbolRules(symbol.Value, tick, step, minNotional: minNotional),
            parse.GetValue(args.Json));
    }

    /// <summary>The sizing the user asked for, or by default the capital spread over the grid's orders with 5% spare.</summary>
    public LevelSizing SizingFor(int levels)
    {
        if (Qty is { } qty)
        {
            return LevelSizing.Base(qty);
        }

        var perLevel = QuotePerLevel ?? decimal.Floor(Capital * 0.95m / Math.Max(1, levels - 1) * 100m) / 100m;
        return LevelSizing.Quote(perLevel);
    }

    private static long? Time(string? text, string option, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeArgument.TryParse(text, out var ms))
        {
            return ms;
        }

        problems.Add($"{option} '{text}' is not a date, ISO time or epoch ms");
        return null;
    }

    private static decimal Positive(decimal value, string option, List<string> problems)
    {
        if (value <= 0m)
        {
            problems.Add($"{option} must be > 0, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static void Positive(decimal? value, string option, List<string> problems)
    {
        if (value is { } v)
        {
            Positive(v, option, problems);
        }
    }

    private static decimal Bps(decimal value, string option, List<string> problems)
    {
        if (value is < 0m or > 1_000m)
        {
            problems.Add($"{option} must be between 0 and 1000 bps, got {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }
}
