namespace GridBot.Core.Market;

public enum Venue
{
    Paper,
    Binance,
    Bybit,
}
