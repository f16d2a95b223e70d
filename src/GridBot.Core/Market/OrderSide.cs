namespace GridBot.Core.Market;

public enum OrderSide
{
    Buy,
    Sell,
}

public static class OrderSideExtensions
{
    public static OrderSide Opposite(this OrderSide side) => side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;

    /// <summary>+1 for a buy (base received), −1 for a sell.</summary>
    public static int Sign(this OrderSide side) => side == OrderSide.Buy ? 1 : -1;
}
