using GridBot.Core.Common;

namespace GridBot.Core.Market;

/// <summary>An amount together with its asset: a fee paid in BNB or base is not a quote amount.</summary>
public sealed record CashAmount(decimal Amount, string Asset)
{
    public string Asset { get; } = Guard.NotBlank(Asset).ToUpperInvariant();

    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Asset}";
}
