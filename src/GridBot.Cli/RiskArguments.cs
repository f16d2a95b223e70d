using System.CommandLine;
using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Safety;
using GridBot.Runtime.Control;

namespace GridBot.Cli;

/// <summary>
/// Risk limits for a running bot, scaled to its capital by default (<see cref="RiskDefaults"/>, shared by every host).
/// <c>--no-safety</c> lifts them all (for comparing with a backtest, which has no safety layer).
/// </summary>
public sealed class RiskArguments
{
    public Option<decimal> MaxDrawdownPct { get; } = new("--max-drawdown-pct") { Description = "Flatten at this drawdown from the equity peak, %", DefaultValueFactory = _ => RiskDefaults.DrawdownPct };

    public Option<decimal> MaxDailyLossPct { get; } = new("--max-daily-loss-pct") { Description = "Flatten at this loss within a UTC day, % of capital", DefaultValueFactory = _ => RiskDefaults.DailyLossPct };

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
            return RiskDefaults.Off;
        }

        var drawdown = parse.GetValue(MaxDrawdownPct);
        var daily = parse.GetValue(MaxDailyLossPct);
        if (drawdown is <= 0m or > 100m || daily is <= 0m or > 100m)
        {
            return new Error(ErrorKind.Other, "BadOptions", string.Create(CultureInfo.InvariantCulture,
                $"--max-drawdown-pct and --max-daily-loss-pct must be in (0, 100], got {drawdown} and {daily}"));
        }

        return RiskDefaults.For(capital, drawdown, daily);
    }
}
