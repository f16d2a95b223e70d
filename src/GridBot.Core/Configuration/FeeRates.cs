using System.Globalization;

namespace GridBot.Core.Configuration;

/// <summary>
/// Fee rates as fractions of notional (0.001 = 0.1% = 10 bps), charged in the quote currency.
/// A limit order resting on the book pays <see cref="Maker"/>; a market order, or a limit that
/// crosses (IOC at the touch), pays <see cref="Taker"/>.
/// </summary>
public sealed class FeeRates
{
    public decimal Maker { get; set; }

    public decimal Taker { get; set; }

    public static FeeRates Of(decimal maker, decimal taker) => new() { Maker = maker, Taker = taker };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"maker {Maker}, taker {Taker}");

    internal void Check(ProblemList problems, string path)
    {
        // Negative (rebate) tiers exist for market makers; this bot never has one, so a sign error is likelier.
        if (Maker < 0m || Maker >= 1m)
        {
            problems.Add($"{path}:Maker", string.Create(CultureInfo.InvariantCulture, $"{Maker} must be a fee rate in [0, 1)"));
        }

        if (Taker < 0m || Taker >= 1m)
        {
            problems.Add($"{path}:Taker", string.Create(CultureInfo.InvariantCulture, $"{Taker} must be a fee rate in [0, 1)"));
        }
    }
}
