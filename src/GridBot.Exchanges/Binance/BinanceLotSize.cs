namespace GridBot.Exchanges.Binance;

/// <summary>
/// A LOT_SIZE-shaped filter (used here for MARKET_LOT_SIZE, which applies to MARKET orders only). A zero
/// <see cref="StepSize"/> or <see cref="MaxQuantity"/> means Binance disabled that rule (BTCUSDT sends step "0.00000000").
/// </summary>
public sealed record BinanceLotSize(decimal MinQuantity, decimal MaxQuantity, decimal StepSize);
