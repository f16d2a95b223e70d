using GridBot.Core.Ports;

namespace GridBot.Runtime.Control;

/// <summary>One fill from a bot's ledger.</summary>
public sealed record FillView(string TradeId, string ClientOrderId, string Side, decimal Price, decimal Quantity, decimal Fee, string FeeAsset, bool IsMaker, long TimeMs)
{
    public static FillView Of(ExchangeFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        return new FillView(fill.TradeId, fill.ClientOrderId, fill.Side.ToString(), fill.Price, fill.Quantity, fill.Fee.Amount, fill.Fee.Asset, fill.IsMaker, fill.TimeMs);
    }
}
