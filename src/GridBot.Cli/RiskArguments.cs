using System.CommandLine;
using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Safety;

namespace GridBot.Cli;

/// <summary>
/// Risk limits for a running bot, scaled to its capital by default: position up to 2× capital, daily loss 20% of
/// capital, drawdown 25%, one order up to the capital, 5 losing round trips, 10 API errors a day, a 10% move between
/// two ticks. <c>--no-safety</c> lifts them all (for comparing with a backtest, which has no safety layer).
/// </summary>
public sealed class RiskArguments
{
    public Option<decimal> MaxDrawdownPct { get; } = new("--max-drawdown-pct") { Description = "Flatten at this drawdown from the equity peak, %", DefaultValueFactory = _ => 25m };

    public Option<decimal> MaxDailyLossPct { get; } = new("--max-daily-loss-pct") { Description = "Flatten at this loss within a UTC day, % of capital", DefaultValueFactory = _ => 20m };

    public Option<bool> NoSafety { get; } = new("--no-safety") { Description = "Disable risk limits (only for comparing with a backtest)" };

    public void AddTo(Command command)
    {
        command.Add(MaxDrawdownPct);
        command.Add(MaxDailyLossPct);
        command.Add(NoSafety);
    }

    public Result<RiskLimits> Read(ParseResult parse, decimal capital)
    {
        if (parse.GetValue(NoSafety))
        {
            return new RiskLimits(decimal.MaxValue / 4, decimal.MaxValue / 4, 1m, decimal.MaxValue / 4, int.MaxValue, int.MaxValue, 1_000_000m);
        }

        var drawdown = parse.GetValue(MaxDrawdownPct);
        var daily = parse.GetValue(MaxDailyLossPct);
        if (drawdown is <= 0m or > 100m || daily is <= 0m or > 100m)
        {
            return new Error(ErrorKind.Other, "BadOptions", string.Create(CultureInfo.InvariantCulture,
                $"--max-drawdown-pct and --max-daily-loss-pct must be in (0, 100], got {drawdown} and {daily}"));
        }

        return new RiskLimits(
            maxPositionValue: capital * 2m,
            maxDailyLoss: capital * daily / 100m,
            maxDrawdown: drawdown / 100m,
            maxOrderValue: capital,
            maxConsecutiveLosses: 5,
            maxApiErrors: 10,
            maxPriceDeviation: 0.10m);
    }
}
